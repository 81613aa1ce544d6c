package org.accord.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteInput")
@Description("Words of a statement, verbatim.")
public class QuoteInput {

    @NotBlank
    @Size(max = 20000)
    @Description("The words, without quotation marks.")
    public String text;

    @Id
    @Description("The Actor id of who spoke them, when a single actor did.")
    public String speaker;
}
