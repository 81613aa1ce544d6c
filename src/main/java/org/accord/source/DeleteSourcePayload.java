package org.accord.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteSourcePayload")
@Description("The result of deleteSource.")
public class DeleteSourcePayload {

    @NonNull
    @Id
    @Description("The id the deleted source had; it names nothing now.")
    public String deletedId;

    public DeleteSourcePayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
