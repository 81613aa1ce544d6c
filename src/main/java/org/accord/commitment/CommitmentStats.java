package org.accord.commitment;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * How a process's commitments stand on a day, after the Peace Accords Matrix's implementation
 * scores: each commitment scores 3 when FULFILLED, 2 when PARTIALLY_FULFILLED, 1 when IN_PROGRESS
 * and 0 otherwise; the process scores the sum over three times the number of commitments.
 */
@Type("CommitmentStats")
@Description("How a process's commitments stand on a day: counts by status, the share fulfilled and an implementation score after the Peace Accords Matrix.")
public record CommitmentStats(
        @NonNull @Description("The day the figures are for.") LocalDate asOf,
        @Description("Commitments made by that day.") int total,
        @NonNull @Description("How many commitments were in each status that day; statuses with none are left out.") List<@NonNull StatusCount> byStatus,
        @Description("Share of the commitments FULFILLED that day, from 0 to 1 (0 when there are none).") double fulfilledShare,
        @Description("Implementation score from 0 to 1: FULFILLED counts 3, PARTIALLY_FULFILLED 2, IN_PROGRESS 1, the rest 0, over 3 per commitment (Peace Accords Matrix).") double implementationScore,
        @Description("Commitments overdue that day: deadline passed and status not final.") int overdue) {

    @Type("StatusCount")
    @Description("How many commitments had one status.")
    public record StatusCount(@NonNull @Description("The status.") CommitmentStatus status,
                              @Description("How many commitments had it.") int count) {
    }

    static int score(CommitmentStatus status) {
        return switch (status) {
            case FULFILLED -> 3;
            case PARTIALLY_FULFILLED -> 2;
            case IN_PROGRESS -> 1;
            default -> 0;
        };
    }
}
