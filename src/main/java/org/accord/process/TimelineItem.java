package org.accord.process;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/** What a process timeline lists: implemented by the dated entities it mixes. */
@Union
@Description("An entry of a process timeline: an event, a statement or a change of a commitment's status.")
public interface TimelineItem {
}
