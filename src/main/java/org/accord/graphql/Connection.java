package org.accord.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list, as a Relay connection: edges with cursors, the bare nodes, page info and the
 * total count. Each node type has a concrete subclass (ActorConnection, ...), which gives the
 * schema plain type names; {@link Connections} fills them.
 */
public abstract class Connection<N, E extends Edge<N>> {
    private List<E> edges = List.of();
    private PageInfo pageInfo = new PageInfo(false, false, null, null);
    private int totalCount;

    /** Makes the concrete edge type for this connection. */
    protected abstract E edge(String cursor, N node);

    @Ignore
    void fill(List<E> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The records of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The records of this page, without cursors.")
    public List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Whether more records precede or follow this page, and the cursors at its ends.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("How many records the whole list holds, across all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
