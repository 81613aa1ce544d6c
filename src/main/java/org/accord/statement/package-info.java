/**
 * Statements (declarations, agreements, claims), their quotes and authors: entities, queries,
 * linked fields and mutations.
 *
 * <p>May import {@code graphql}, {@code source}, {@code process}, and, until issue 16 removes the
 * cycles, {@code actor}, {@code commitment} and {@code event}.
 */
package org.accord.statement;
