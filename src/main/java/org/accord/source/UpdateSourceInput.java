package org.accord.source;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateSourceInput}, which replace the stored ones, plus the source and its version. */
@Input("UpdateSourceInput")
@Description("The new state of a source: every field of createSource is given again and replaces the stored value, so a field left out is cleared. Read the source first and send it back changed.")
public class UpdateSourceInput extends CreateSourceInput {

    @NotBlank
    @Id
    @Description("The Source id.")
    public String id;

    @Description("The version the client read; if the stored source is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
