package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateActorPayload")
@Description("The result of updateActor.")
public class UpdateActorPayload {

    @NonNull
    @Description("The actor as stored now, with its new version.")
    public Actor actor;

    public UpdateActorPayload(Actor actor) {
        this.actor = actor;
    }
}
