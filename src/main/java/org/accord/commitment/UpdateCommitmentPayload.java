package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateCommitmentPayload")
@Description("The result of updateCommitment.")
public class UpdateCommitmentPayload {

    @NonNull
    @Description("The commitment as stored now, with its new version.")
    public Commitment commitment;

    public UpdateCommitmentPayload(Commitment commitment) {
        this.commitment = commitment;
    }
}
