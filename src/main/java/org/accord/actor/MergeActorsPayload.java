package org.accord.actor;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MergeActorsPayload")
@Description("The result of mergeActors.")
public class MergeActorsPayload {

    @NonNull
    @Description("The survivor, now holding the merged actors' links, names, external ids and citations.")
    public Actor actor;

    @NonNull
    @Id
    @Description("The ids the merged actors had; they now resolve to the survivor.")
    public List<@NonNull String> mergedIds;

    public MergeActorsPayload(Actor actor, List<String> mergedIds) {
        this.actor = actor;
        this.mergedIds = mergedIds;
    }
}
