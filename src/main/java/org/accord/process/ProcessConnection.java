package org.accord.process;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of processes.")
public class ProcessConnection extends Connection<Process, ProcessEdge> {
    @Override
    protected ProcessEdge edge(String cursor, Process node) {
        return new ProcessEdge(cursor, node);
    }
}
