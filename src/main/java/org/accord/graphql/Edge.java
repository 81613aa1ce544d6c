package org.accord.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One node of a connection page with its cursor (Relay). Each node type has a concrete subclass. */
public abstract class Edge<N> {
    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this edge; pass it as `after` to read on from here.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The record at this position.")
    public N getNode() {
        return node;
    }
}
