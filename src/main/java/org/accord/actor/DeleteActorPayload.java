package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteActorPayload")
@Description("The result of deleteActor.")
public class DeleteActorPayload {

    @NonNull
    @Id
    @Description("The id the deleted actor had; it names nothing now.")
    public String deletedId;

    public DeleteActorPayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
