package org.accord.source;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RemoveCitationInput")
@Description("The citation to remove, at the version the client read.")
public class RemoveCitationInput {

    @NotBlank
    @Id
    @Description("The Citation id.")
    public String citation;

    @Description("The version the client read; if the stored citation is at another version, nothing is removed and the error is CONFLICT.")
    public int expectedVersion;
}
