package org.accord.process;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteProcessInput")
@Description("The process to delete, at the version the client read.")
public class DeleteProcessInput {

    @NotBlank
    @Id
    @Description("The Process id.")
    public String id;

    @Description("The version the client read; if the stored process is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
