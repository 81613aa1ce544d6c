package org.accord.place;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreatePlaceInput}, which replace the stored ones, plus the place and its version. */
@Input("UpdatePlaceInput")
@Description("The new state of a place: every field of createPlace is given again and replaces the stored value, so a field left out is cleared. Read the place first and send it back changed.")
public class UpdatePlaceInput extends CreatePlaceInput {

    @NotBlank
    @Id
    @Description("The Place id.")
    public String id;

    @Description("The version the client read; if the stored place is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
