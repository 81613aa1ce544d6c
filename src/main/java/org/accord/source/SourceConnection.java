package org.accord.source;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of sources.")
public class SourceConnection extends Connection<Source, SourceEdge> {
    @Override
    protected SourceEdge edge(String cursor, Source node) {
        return new SourceEdge(cursor, node);
    }
}
