package org.accord.live;

import org.accord.graphql.TimelineItem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineItemAdded")
@Description("A timeline item that was committed, as a subscription delivers it.")
public record TimelineItemAdded(
        @NonNull
        @Description("The event, statement or status change, as it is now.")
        TimelineItem item,
        @NonNull
        @Description("Where it stands in commit order. (Spike: the outbox position and ordinal.)")
        String cursor) {
}
