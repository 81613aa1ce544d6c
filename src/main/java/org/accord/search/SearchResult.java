package org.accord.search;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/** What `search` finds: implemented by the entities it looks in. */
@Union
@Description("A record that `search` found: an actor, an event, a statement or a commitment.")
public interface SearchResult {
}
