package org.accord.timeline;

import org.accord.graphql.Connection;
import org.accord.graphql.TimelineItem;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of a process timeline, in date order.")
public class TimelineConnection extends Connection<TimelineItem, TimelineEdge> {
    @Override
    protected TimelineEdge edge(String cursor, TimelineItem node) {
        return new TimelineEdge(cursor, node);
    }
}
