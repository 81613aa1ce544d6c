/**
 * The {@code /graphql} endpoint, GraphQL over HTTP: the route and its order among Quarkus' routes
 * ({@code GraphQlEndpoint}), reading a request ({@code GraphQlRequest}), content negotiation
 * ({@code MediaTypes}), running it through SmallRye's execution ({@code GraphQlHttpHandler}) and
 * writing the result ({@code ResultJson}). What may run and how errors read is decided by
 * {@code execution}.
 *
 * <p>May import {@code graphql}, {@code execution} and {@code persisted}. The internal SmallRye and
 * Quarkus classes it uses are listed in docs/internal-apis.md.
 */
package org.accord.http;
