/**
 * The {@code /graphql} endpoint (GraphQL over HTTP) and the execution policy around it: who may
 * run what, limits, the request deadline, strict scalars, the error mapper, and the schema as
 * clients see it.
 *
 * <p>May import {@code graphql} and {@code persisted}.
 */
package org.accord.http;
