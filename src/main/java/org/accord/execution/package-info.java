/**
 * The execution policy of every GraphQL request, whatever carries it: who may run what
 * ({@code AccessPolicy}), the limits ({@code OperationLimits}, the parser limits of
 * {@code ParsedDocuments}), the request deadline and SQL timeout ({@code RequestDeadline},
 * {@code SqlTimeout}), strict scalars, the one error mapper ({@code GraphQlErrors}) and the
 * correlation id, the schema as clients see it ({@code PublishedSchema}), and the lean data
 * fetchers that keep batching cheap.
 *
 * <p>May import {@code graphql}. The internal SmallRye, Quarkus and graphql-java classes it uses
 * are listed in docs/internal-apis.md.
 * It may also use the role names of {@code security}.
 */
package org.accord.execution;
