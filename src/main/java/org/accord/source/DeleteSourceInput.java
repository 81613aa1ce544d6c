package org.accord.source;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteSourceInput")
@Description("The source to delete, at the version the client read.")
public class DeleteSourceInput {

    @NotBlank
    @Id
    @Description("The Source id.")
    public String id;

    @Description("The version the client read; if the stored source is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
