package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteAffiliationInput")
@Description("The affiliation to delete, at the version the client read.")
public class DeleteAffiliationInput {

    @NotBlank
    @Id
    @Description("The Affiliation id.")
    public String id;

    @Description("The version the client read; if the stored affiliation is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
