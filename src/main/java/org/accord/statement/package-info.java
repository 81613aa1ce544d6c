/**
 * Statements (declarations, agreements, claims), their quotes and authors: entities, queries,
 * linked fields and mutations.
 *
 * <p>May import {@code graphql}, {@code source}, {@code process}, {@code actor} and {@code event}
 * (its rows link to them); commitment resolves its own links to statements.
 * It may also use the role names of {@code security}.
 */
package org.accord.statement;
