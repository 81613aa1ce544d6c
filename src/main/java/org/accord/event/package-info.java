/**
 * Events (meetings, military operations, prisoner releases), their participants and their
 * relations to other events: entities, queries, linked fields and mutations.
 *
 * <p>May import {@code graphql}, {@code place}, {@code source}, {@code process}, and, until issue 16
 * removes the cycles, {@code actor}, {@code commitment} and {@code statement}.
 */
package org.accord.event;
