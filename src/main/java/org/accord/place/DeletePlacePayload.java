package org.accord.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeletePlacePayload")
@Description("The result of deletePlace.")
public class DeletePlacePayload {

    @NonNull
    @Id
    @Description("The id the deleted place had; it names nothing now.")
    public String deletedId;

    public DeletePlacePayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
