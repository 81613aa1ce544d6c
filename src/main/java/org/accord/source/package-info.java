/**
 * Sources (reports, documents) and the citations that tie each fact to them.
 *
 * <p>May import {@code graphql} only: every feature cites, so sources depend on none of them (the
 * citable types are the entities marked {@code graphql.Citable}).
 * It may also use the role names of {@code security}.
 */
package org.accord.source;
