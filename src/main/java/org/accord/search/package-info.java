/**
 * The {@code search} query: one ranked list over actors, events, statements, commitments and places.
 *
 * <p>May import {@code graphql} and the feature packages it searches; no package imports it.
 */
package org.accord.search;
