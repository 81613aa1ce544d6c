package org.accord.commitment;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.accord.graphql.ArgumentBatch;
import org.accord.graphql.Batch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * {@code Commitment.statusAsOf(date)}: the status a commitment had on a day, derived from its
 * history. Batched per level and per distinct date ({@link ArgumentBatch}): one query for the
 * histories of all the commitments, and one for the days they were made when any of them has no
 * change in effect by then.
 *
 * <p>The rule: the status of the last change, in history order (earliest day, then id), whose
 * date's latest day is on or before the day, so that an imprecise change ("2024-01") counts only
 * once it has certainly happened. Before its first change in effect, a commitment that had been
 * made by the day was ANNOUNCED ("promised; nothing reported since") or, if it has no history at
 * all, had its current status, which is then all the record says; it was made on the latest day
 * of the date of the statement that announced it, else of the start of the event it was made at,
 * else on the day it was recorded (createdAt, UTC). A commitment not yet made has no status: null.
 */
@GraphQLApi
public class CommitmentStatusFields {

    @Inject
    Context context;

    @Description("Its status on `date`, derived from its history: the status of the last change whose date's latest day is on or before `date`. Before its first change, a commitment already made by then (the day of its statement, else of its event's start, else when it was recorded) was ANNOUNCED, or had its current status if it has no history at all; null if it was not made yet.")
    public CompletionStage<CommitmentStatus> statusAsOf(@Source Commitment commitment,
            @NonNull @Description("The day to read the status on.") LocalDate date) {
        return ArgumentBatch.load(context, "Commitment.statusAsOf", commitment, date, CommitmentStatusFields::statusesAsOf);
    }

    public static List<CommitmentStatus> statusesAsOf(List<Commitment> commitments, LocalDate day) {
        List<CommitmentStatusChange> changes = Batch.list(
                "from CommitmentStatusChange e where any_equals(:ids, e.commitmentId) order by e.date.earliest, e.pk",
                CommitmentStatusChange.class, commitments);
        List<List<CommitmentStatusChange>> histories = Batch.group(commitments, changes, c -> c.commitmentId);

        List<CommitmentStatus> result = new ArrayList<>(commitments.size());
        List<Commitment> undecided = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            CommitmentStatus status = null;
            for (CommitmentStatusChange change : histories.get(i)) {
                if (!change.date.getLatest().isAfter(day)) {
                    status = change.status;
                }
            }
            result.add(status);
            if (status == null) {
                undecided.add(commitments.get(i));
            }
        }
        if (undecided.isEmpty()) {
            return result;
        }

        Map<Long, LocalDate> made = new HashMap<>();
        for (Object[] row : Batch.rows("select c.pk, coalesce(s.date.latest, e.start.latest) from Commitment c"
                + " left join Statement s on s.pk = c.statementId left join Event e on e.pk = c.madeAtEventId"
                + " where any_equals(:ids, c.pk)", undecided, Map.of())) {
            if (row[1] != null) {
                made.put((Long) row[0], (LocalDate) row[1]);
            }
        }
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (result.get(i) != null) {
                continue;
            }
            LocalDate madeOn = made.getOrDefault(c.pk, c.createdAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
            if (!madeOn.isAfter(day)) {
                result.set(i, histories.get(i).isEmpty() ? c.status : CommitmentStatus.ANNOUNCED);
            }
        }
        return result;
    }
}
