package org.accord.statement;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateStatementInput}, which replace the stored ones, plus the statement and its version. */
@Input("UpdateStatementInput")
@Description("The new state of a statement: every field of createStatement is given again and replaces the stored value, so a field left out is cleared (authors and quotes included). Read the statement first and send it back changed.")
public class UpdateStatementInput extends CreateStatementInput {

    @NotBlank
    @Id
    @Description("The Statement id.")
    public String id;

    @Description("The version the client read; if the stored statement is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
