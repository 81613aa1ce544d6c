package org.accord.actor;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An actor in a page, with its cursor.")
public class ActorEdge extends Edge<Actor> {
    ActorEdge(String cursor, Actor node) {
        super(cursor, node);
    }
}
