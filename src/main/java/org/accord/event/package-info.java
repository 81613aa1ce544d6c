/**
 * Events (meetings, military operations, prisoner releases), their participants and their
 * relations to other events: entities, queries, linked fields and mutations.
 *
 * <p>May import {@code graphql}, {@code source}, {@code place}, {@code process} and {@code actor}
 * (its rows link to them); statement and commitment resolve their own links to events.
 * It may also use the role names of {@code security}.
 */
package org.accord.event;
