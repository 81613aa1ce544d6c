package org.accord.commitment;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of commitments.")
public class CommitmentConnection extends Connection<Commitment, CommitmentEdge> {
    @Override
    protected CommitmentEdge edge(String cursor, Commitment node) {
        return new CommitmentEdge(cursor, node);
    }
}
