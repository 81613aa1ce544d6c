package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateCommitmentPayload")
@Description("The result of createCommitment.")
public class CreateCommitmentPayload {

    @NonNull
    @Description("The commitment as stored, with its id and version 0.")
    public Commitment commitment;

    public CreateCommitmentPayload(Commitment commitment) {
        this.commitment = commitment;
    }
}
