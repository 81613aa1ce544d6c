package org.accord.timeline;

import org.accord.graphql.Edge;
import org.accord.graphql.TimelineItem;
import org.eclipse.microprofile.graphql.Description;

@Description("A timeline entry in a page, with its cursor.")
public class TimelineEdge extends Edge<TimelineItem> {
    TimelineEdge(String cursor, TimelineItem node) {
        super(cursor, node);
    }
}
