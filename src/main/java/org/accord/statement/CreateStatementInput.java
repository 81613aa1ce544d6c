package org.accord.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateStatementInput")
@Description("A new statement, with its authors and quotes.")
public class CreateStatementInput {

    @NotNull
    @Description("What kind of statement it is.")
    public StatementKind kind;

    @Size(max = 20000)
    @Description("What it says, in a few sentences.")
    public String summary;

    @NotBlank
    @Size(max = 40)
    @Description("When it was made or released, in EDTF: 2023-12-07, 2023-12.")
    public String date;

    @Id
    @Description("The Event id of the event it was issued at.")
    public String event;

    @Id
    @Description("The Statement id of the statement it responds to.")
    public String respondsTo;

    @Id
    @Description("The Process id of the process it belongs to.")
    public String process;

    @Size(max = 100)
    @Id
    @Description("The Actor ids of the actors that made or signed it, each once.")
    public List<@NonNull String> authors;

    @Size(max = 100)
    @Description("Its words, verbatim, in order.")
    public List<@NonNull @Valid QuoteInput> quotes;
}
