/**
 * Places and the places they lie within: the entity, its queries and mutations.
 *
 * <p>May import {@code graphql} and {@code source}.
 * It may also use the role names of {@code security}.
 */
package org.accord.place;
