package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteCommitmentPayload")
@Description("The result of deleteCommitment.")
public class DeleteCommitmentPayload {

    @NonNull
    @Id
    @Description("The id the deleted commitment had; it names nothing now.")
    public String deletedId;

    public DeleteCommitmentPayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
