package org.accord.place;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeletePlaceInput")
@Description("The place to delete, at the version the client read.")
public class DeletePlaceInput {

    @NotBlank
    @Id
    @Description("The Place id.")
    public String id;

    @Description("The version the client read; if the stored place is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
