package org.accord.source;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A source in a page, with its cursor.")
public class SourceEdge extends Edge<Source> {
    SourceEdge(String cursor, Source node) {
        super(cursor, node);
    }
}
