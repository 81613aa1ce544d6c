package org.accord.event;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of participations.")
public class ParticipationConnection extends Connection<Participation, ParticipationEdge> {
    @Override
    protected ParticipationEdge edge(String cursor, Participation node) {
        return new ParticipationEdge(cursor, node);
    }
}
