package org.accord.commitment;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateCommitmentInput}, which replace the stored ones, plus the commitment and its version. */
@Input("UpdateCommitmentInput")
@Description("The new state of a commitment: every field of createCommitment is given again and replaces the stored value, so a field left out is cleared (obligors, beneficiaries and reciprocalTo included; the status changes only through recordCommitmentStatus). Read the commitment first and send it back changed.")
public class UpdateCommitmentInput extends CreateCommitmentInput {

    @NotBlank
    @Id
    @Description("The Commitment id.")
    public String id;

    @Description("The version the client read; if the stored commitment is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
