package org.accord.commitment;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.accord.graphql.ArgumentBatch;
import org.accord.graphql.Batch;
import org.accord.process.Process;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** {@code Process.commitmentStats}: how a process's commitments stand on a day, from their statuses as of that day. */
@GraphQLApi
public class CommitmentStatsFields {

    @Inject
    Context context;

    @NonNull
    @Description("How the process's commitments stand on `asOf` (default today, UTC): counts by status, taken from their histories, the share fulfilled, an implementation score after the Peace Accords Matrix, and how many are overdue.")
    public CompletionStage<CommitmentStats> commitmentStats(@Source Process process,
            @Description("The day to judge on; defaults to today (UTC).") LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
        return ArgumentBatch.load(context, "Process.commitmentStats", process, day, (processes, d) -> {
            List<Commitment> commitments = Batch.list("from Commitment e where any_equals(:ids, e.processId) order by e.pk", Commitment.class, processes);
            List<CommitmentStatus> statuses = CommitmentStatusFields.statusesAsOf(commitments, d);
            Map<Long, Map<CommitmentStatus, Integer>> counts = new HashMap<>();
            Map<Long, Integer> overdue = new HashMap<>();
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                CommitmentStatus status = statuses.get(i);
                if (status == null) {
                    continue; // not made yet on that day
                }
                counts.computeIfAbsent(c.processId, k -> new EnumMap<>(CommitmentStatus.class)).merge(status, 1, Integer::sum);
                if (c.deadline != null && c.deadline.getLatest().isBefore(d) && !status.isFinal()) {
                    overdue.merge(c.processId, 1, Integer::sum);
                }
            }
            return processes.stream().map(p -> stats(d, counts.getOrDefault(p.pk, Map.of()), overdue.getOrDefault(p.pk, 0))).toList();
        });
    }


    private static CommitmentStats stats(LocalDate day, Map<CommitmentStatus, Integer> counts, int overdue) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int score = counts.entrySet().stream().mapToInt(e -> CommitmentStats.score(e.getKey()) * e.getValue()).sum();
        List<CommitmentStats.StatusCount> byStatus = counts.entrySet().stream()
                .map(e -> new CommitmentStats.StatusCount(e.getKey(), e.getValue())).toList();
        return new CommitmentStats(day, total, byStatus,
                total == 0 ? 0 : counts.getOrDefault(CommitmentStatus.FULFILLED, 0) / (double) total,
                total == 0 ? 0 : score / (3.0 * total), overdue);
    }
}
