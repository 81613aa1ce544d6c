package org.accord.commitment;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A commitment in a page, with its cursor.")
public class CommitmentEdge extends Edge<Commitment> {
    CommitmentEdge(String cursor, Commitment node) {
        super(cursor, node);
    }
}
