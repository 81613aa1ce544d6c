package org.accord.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An object with a global id that `Query.node(id:)` resolves.")
public interface Node {
    @Id
    @NonNull
    @Description("Opaque global id, stable across instances; pass it to `node(id:)` or the typed look-ups.")
    String getId();
}
