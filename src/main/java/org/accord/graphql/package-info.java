/**
 * Shared plumbing every feature uses: entities' base class, global ids and node look-ups,
 * connections and cursors, batching helpers, errors, partial dates, quantities, text folding, and
 * the unions the entities implement ({@code SearchResult}, {@code TimelineItem}) and the
 * {@code Citable} marker.
 *
 * <p>Imports no other Accord package: the feature packages depend on it, never the other way.
 */
package org.accord.graphql;
