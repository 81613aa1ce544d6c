package org.accord.graphql;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/**
 * What a process timeline lists: implemented by the dated entities it mixes. It lives in this shared
 * package, not in {@code process}, so that the entities do not depend on the package that lists them.
 */
@Union
@Description("An entry of a process timeline: an event, a statement or a change of a commitment's status.")
public interface TimelineItem {
}
