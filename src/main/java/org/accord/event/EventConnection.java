package org.accord.event;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of events.")
public class EventConnection extends Connection<Event, EventEdge> {
    @Override
    protected EventEdge edge(String cursor, Event node) {
        return new EventEdge(cursor, node);
    }
}
