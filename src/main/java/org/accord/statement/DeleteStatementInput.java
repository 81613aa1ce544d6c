package org.accord.statement;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteStatementInput")
@Description("The statement to delete, at the version the client read.")
public class DeleteStatementInput {

    @NotBlank
    @Id
    @Description("The Statement id.")
    public String id;

    @Description("The version the client read; if the stored statement is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
