/**
 * Places and the places they lie within: the entity, its queries and mutations.
 *
 * <p>May import {@code graphql} and {@code source}.
 */
package org.accord.place;
