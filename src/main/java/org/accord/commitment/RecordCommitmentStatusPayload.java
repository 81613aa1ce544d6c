package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RecordCommitmentStatusPayload")
@Description("The result of recordCommitmentStatus.")
public class RecordCommitmentStatusPayload {

    @NonNull
    @Description("The commitment, with its new status and version.")
    public Commitment commitment;

    @NonNull
    @Description("The change recorded in its history.")
    public CommitmentStatusChange change;

    public RecordCommitmentStatusPayload(Commitment commitment, CommitmentStatusChange change) {
        this.commitment = commitment;
        this.change = change;
    }
}
