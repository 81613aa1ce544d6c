package org.accord.commitment;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CommitmentFilter")
@Description("Narrows a list of commitments; every given criterion must hold.")
public class CommitmentFilter {
    @Description("Only commitments in one of these statuses.")
    public List<@NonNull CommitmentStatus> status;

    @Description("Only commitments of this kind.")
    public CommitmentKind kind;

    @Id
    @Description("Only commitments this actor made.")
    public String obligor;

    @Id
    @Description("Only commitments to this actor's benefit.")
    public String beneficiary;

    @Id
    @Description("Only commitments of this process.")
    public String process;

    @Description("Only commitments whose deadline reaches this day or later.")
    public LocalDate deadlineFrom;

    @Description("Only commitments whose deadline reaches this day or earlier.")
    public LocalDate deadlineTo;

    @Description("Only commitments overdue on this day: the deadline's last day is before it and the status is not final.")
    public LocalDate overdueAsOf;
}
