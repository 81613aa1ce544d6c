package org.accord.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** {@code node(id:)}: any record by its global id ({@link Nodes} knows every Node type). */
@GraphQLApi
public class NodeApi {

    @Query
    @Description("The record with this global id, whatever its type, or null if there is none. The id of an actor merged into another gives the actor it was merged into.")
    public Node node(@NonNull @Id @Description("A global id, as any `id` field returns it.") String id) {
        return (Node) Nodes.find(id);
    }
}
