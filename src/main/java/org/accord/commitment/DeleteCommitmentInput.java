package org.accord.commitment;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteCommitmentInput")
@Description("The commitment to delete, at the version the client read.")
public class DeleteCommitmentInput {

    @NotBlank
    @Id
    @Description("The Commitment id.")
    public String id;

    @Description("The version the client read; if the stored commitment is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
