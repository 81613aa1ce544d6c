/**
 * Commitments, their parties, status changes, reciprocities and the events that fulfilled them:
 * entities, queries (overdue, status as of a date, statistics), linked fields and mutations.
 *
 * <p>May import {@code graphql}, {@code source}, {@code process}, {@code actor}, {@code event} and
 * {@code statement}: its rows link to all of them, and it resolves those links, including the
 * reverse ones such as {@code Actor.commitments} and {@code Process.commitmentStats}.
 * It may also use the role names of {@code security}.
 */
package org.accord.commitment;
