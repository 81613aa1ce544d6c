package org.accord.event;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A event in a page, with its cursor.")
public class EventEdge extends Edge<Event> {
    EventEdge(String cursor, Event node) {
        super(cursor, node);
    }
}
