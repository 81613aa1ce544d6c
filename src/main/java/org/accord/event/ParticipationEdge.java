package org.accord.event;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A participation in a page, with its cursor.")
public class ParticipationEdge extends Edge<Participation> {
    ParticipationEdge(String cursor, Participation node) {
        super(cursor, node);
    }
}
