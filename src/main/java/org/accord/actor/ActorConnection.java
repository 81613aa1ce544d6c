package org.accord.actor;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of actors.")
public class ActorConnection extends Connection<Actor, ActorEdge> {
    @Override
    protected ActorEdge edge(String cursor, Actor node) {
        return new ActorEdge(cursor, node);
    }
}
