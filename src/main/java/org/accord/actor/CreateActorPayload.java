package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateActorPayload")
@Description("The result of createActor.")
public class CreateActorPayload {

    @NonNull
    @Description("The actor as stored, with its id and version 0.")
    public Actor actor;

    public CreateActorPayload(Actor actor) {
        this.actor = actor;
    }
}
