package org.accord.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteEventPayload")
@Description("The result of deleteEvent.")
public class DeleteEventPayload {

    @NonNull
    @Id
    @Description("The id the deleted event had; it names nothing now.")
    public String deletedId;

    public DeleteEventPayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
