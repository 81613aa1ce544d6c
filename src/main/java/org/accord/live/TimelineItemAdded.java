package org.accord.live;

import org.accord.graphql.TimelineItem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One item of {@code timelineItemAdded}. */
@Type("TimelineItemAdded")
@Description("An entry committed to a process timeline, with the cursor to resume after it.")
public record TimelineItemAdded(
        @NonNull
        @Description("The event, statement or commitment status change, as stored now.")
        TimelineItem item,

        @NonNull
        @Description("Pass it as `after` when subscribing again (after a lost connection, for example) to receive what was committed after this item, and nothing twice.")
        String cursor) {
}
