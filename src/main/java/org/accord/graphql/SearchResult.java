package org.accord.graphql;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/**
 * What `search` finds: implemented by the entities it looks in. It lives in this shared package, not
 * in {@code search}, so that the entities do not depend on the package that searches them.
 */
@Union
@Description("A record that `search` found: an actor, an event, a statement, a commitment or a place.")
public interface SearchResult {
}
