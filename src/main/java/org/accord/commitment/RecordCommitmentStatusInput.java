package org.accord.commitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.source.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RecordCommitmentStatusInput")
@Description("A dated, cited change of a commitment's status.")
public class RecordCommitmentStatusInput {

    @NotBlank
    @Id
    @Description("The Commitment id.")
    public String commitment;

    @NotNull
    @Description("The status from `date` on.")
    public CommitmentStatus status;

    @NotBlank
    @Size(max = 40)
    @Description("When the status changed, in EDTF: 2024-01-05, 2024-01.")
    public String date;

    @Size(max = 20000)
    @Description("Why, in a sentence. Required to leave a final status (FULFILLED, BROKEN, EXPIRED, WITHDRAWN, SUPERSEDED) for a non-final one, to record the current status again, and to date a change before the latest recorded one.")
    public String note;

    @NotNull
    @Size(min = 1, max = 100)
    @Description("The sources that report the change: at least one.")
    public List<@NonNull @Valid CitationInput> citations;

    @Description("The commitment's version the client read; if it is at another version, nothing is recorded and the error is CONFLICT.")
    public int expectedVersion;
}
