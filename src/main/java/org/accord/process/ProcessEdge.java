package org.accord.process;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A process in a page, with its cursor.")
public class ProcessEdge extends Edge<Process> {
    ProcessEdge(String cursor, Process node) {
        super(cursor, node);
    }
}
