package org.accord.commitment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.actor.Actor;
import org.accord.event.Event;
import org.accord.graphql.Batch;
import org.accord.process.Process;
import org.accord.source.Citation;
import org.accord.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of Commitment and CommitmentStatusChange resolved from other rows, one query per field and level. */
@GraphQLApi
public class CommitmentFields {

    private static List<List<Actor>> parties(List<Commitment> commitments, CommitmentSide side) {
        List<Object[]> rows = Batch.rowsWhereLast(
                "select p.commitmentId, a, p.side from CommitmentParty p join Actor a on a.pk = p.actorId"
                        + " where any_equals(:ids, p.commitmentId) order by p.pk",
                commitments, side);
        return Batch.groupRows(commitments, rows);
    }

    @NonNull
    @Description("The actors that made the promise.")
    public List<@NonNull List<@NonNull Actor>> obligors(@Source List<Commitment> commitments) {
        return parties(commitments, CommitmentSide.OBLIGOR);
    }

    @NonNull
    @Description("The actors the promise is to the benefit of.")
    public List<@NonNull List<@NonNull Actor>> beneficiaries(@Source List<Commitment> commitments) {
        return parties(commitments, CommitmentSide.BENEFICIARY);
    }

    @Description("True when the deadline's last day is before `asOf` and the status is not final (FULFILLED, BROKEN, EXPIRED, WITHDRAWN, SUPERSEDED).")
    public boolean overdue(@Source Commitment commitment,
            @Description("The day to judge on; defaults to today (UTC)") LocalDate asOf) {
        return commitment.isOverdue(asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf);
    }

    @Description("The event it was made at.")
    public List<Event> madeAt(@Source List<Commitment> commitments) {
        return Batch.toOne(commitments, c -> c.madeAtEventId, Event.class);
    }

    @Description("The statement that announced it.")
    public List<Statement> statement(@Source List<Commitment> commitments) {
        return Batch.toOne(commitments, c -> c.statementId, Statement.class);
    }

    @Description("The process it belongs to.")
    public List<Process> process(@Source List<Commitment> commitments) {
        return Batch.toOne(commitments, c -> c.processId, Process.class);
    }

    @NonNull
    @Description("The commitments given in return for this one, e.g. Baku's release of 32 servicemen for Yerevan's release of two.")
    public List<@NonNull List<@NonNull Commitment>> reciprocalTo(@Source List<Commitment> commitments) {
        // A pair is stored once; read it from both ends.
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : Batch.rows("select r.commitmentId, r.otherId, c from Reciprocity r join Commitment c"
                + " on (c.pk = r.otherId and any_equals(:ids, r.commitmentId)) or (c.pk = r.commitmentId and any_equals(:ids, r.otherId)) order by c.pk",
                commitments, Map.of())) {
            Commitment other = (Commitment) row[2];
            rows.add(new Object[] {other.pk.equals(row[1]) ? row[0] : row[1], other});
        }
        return Batch.groupRows(commitments, rows);
    }

    @NonNull
    @Description("The events that kept it, in whole or in part, in time order, undated events last.")
    public List<@NonNull List<@NonNull Event>> fulfilledBy(@Source List<Commitment> commitments) {
        return Batch.groupRows(commitments, Batch.rows(
                "select f.commitmentId, e from Fulfilment f join Event e on e.pk = f.eventId"
                        + " where any_equals(:ids, f.commitmentId) order by e.start.earliest, e.pk", commitments, Map.of()));
    }

    @NonNull
    @Description("Its dated, sourced status changes, oldest first.")
    public List<@NonNull List<@NonNull CommitmentStatusChange>> history(@Source List<Commitment> commitments) {
        List<CommitmentStatusChange> changes = Batch.list(
                "from CommitmentStatusChange e where any_equals(:ids, e.commitmentId) order by e.date.earliest, e.pk",
                CommitmentStatusChange.class, commitments);
        return Batch.group(commitments, changes, c -> c.commitmentId);
    }

    @NonNull
    @Description("The sources that report it.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Commitment> commitments) {
        return Citation.of(commitments);
    }

    @NonNull
    @Name("commitment")
    @Description("The commitment whose status changed, so that a timeline entry tells what was fulfilled or broken.")
    public List<@NonNull Commitment> statusChangeCommitment(@Source List<CommitmentStatusChange> changes) {
        return Batch.toOne(changes, c -> c.commitmentId, Commitment.class);
    }

    @NonNull
    @Name("sources")
    @Description("The sources that report this change.")
    public List<@NonNull List<@NonNull Citation>> statusChangeSources(@Source List<CommitmentStatusChange> changes) {
        return Citation.of(changes);
    }
}
