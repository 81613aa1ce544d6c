package org.accord.commitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.event.QuantityInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateCommitmentInput")
@Description("A new commitment. It starts ANNOUNCED; its status changes only through recordCommitmentStatus, which dates and cites each change.")
public class CreateCommitmentInput {

    @NotNull
    @Description("What kind of promise it is.")
    public CommitmentKind kind;

    @NotBlank
    @Size(max = 20000)
    @Description("What was promised.")
    public String description;

    @NotNull
    @Size(min = 1, max = 100)
    @Id
    @Description("The Actor ids of the actors that made the promise: at least one, each once.")
    public List<@NonNull String> obligors;

    @Size(max = 100)
    @Id
    @Description("The Actor ids of the actors the promise is to the benefit of, each once.")
    public List<@NonNull String> beneficiaries;

    @Valid
    @Description("How much was promised, e.g. {amount: 32, unit: \"servicemen\", qualifier: EXACT}.")
    public QuantityInput quantity;

    @Size(max = 40)
    @Description("By when it is to be kept, in EDTF: 2023 for \"by the end of the year\".")
    public String deadline;

    @Id
    @Description("The Event id of the event it was made at.")
    public String madeAt;

    @Id
    @Description("The Statement id of the statement that announced it.")
    public String statement;

    @Id
    @Description("The Process id of the process it belongs to.")
    public String process;

    @Size(max = 100)
    @Id
    @Description("The Commitment ids of the commitments given in return for this one (the link reads from both ends), each once.")
    public List<@NonNull String> reciprocalTo;
}
