/**
 * Sources (reports, documents) and the citations that tie each fact to them.
 *
 * <p>May import {@code graphql} only: every feature cites, so sources depend on none of them.
 */
package org.accord.source;
