/**
 * Commitments, their parties, status changes, reciprocities and the events that fulfilled them:
 * entities, queries (overdue, status as of a date, statistics), linked fields and mutations.
 *
 * <p>May import {@code graphql}, {@code source}, {@code process}, and, until issue 16 removes the
 * cycles, {@code actor}, {@code event} and {@code statement}.
 */
package org.accord.commitment;
