package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateAffiliationInput}, which replace the stored ones, plus the affiliation and its version. */
@Input("UpdateAffiliationInput")
@Description("The new state of an affiliation: every field of createAffiliation is given again and replaces the stored value, so a field left out is cleared. Read the affiliation first and send it back changed.")
public class UpdateAffiliationInput extends CreateAffiliationInput {

    @NotBlank
    @Id
    @Description("The Affiliation id.")
    public String id;

    @Description("The version the client read; if the stored affiliation is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
