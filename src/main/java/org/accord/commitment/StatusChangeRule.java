package org.accord.commitment;

import org.accord.graphql.PartialDate;

/**
 * The rule for recording a commitment's status change, which recordCommitmentStatus and the
 * dossier import both ask: leaving a final status for a non-final one, recording the status the
 * commitment has again, and dating a change before the latest recorded one each need a note saying
 * why. A refusal names the field of the change it concerns ({@code note} or {@code date}).
 */
public record StatusChangeRule(String field, String problem) {

    /**
     * The refusal of recording {@code status} on {@code date} with {@code note}, or null if it is
     * allowed. {@code subject} starts the message ("Commitment X is FULFILLED"); {@code current} is the
     * commitment's status, null where it has none yet (at the start of a dossier's history), and
     * {@code latestStatus}/{@code latestDate} the latest recorded change, null if there is none.
     */
    public static StatusChangeRule refusal(String subject, CommitmentStatus current, CommitmentStatus latestStatus, PartialDate latestDate,
            CommitmentStatus status, PartialDate date, String note) {
        if (note != null && !note.isBlank()) {
            return null;
        }
        if (current != null && current.isFinal() && !status.isFinal()) {
            return new StatusChangeRule("note", subject + ", a final status; going back to " + status + " needs a note saying why");
        }
        if (status == current) {
            return new StatusChangeRule("note", subject + " already; recording the same status again needs a note saying why");
        }
        if (isBackdated(latestDate, date)) {
            return new StatusChangeRule("date", date + " is before the latest recorded change (" + latestStatus + " on " + latestDate
                    + "); a change dated before it needs a note saying why");
        }
        return null;
    }

    /** Whether a change on {@code date} is dated before the latest recorded one; such a change does not set the current status. */
    public static boolean isBackdated(PartialDate latestDate, PartialDate date) {
        return latestDate != null && date.getEarliest().isBefore(latestDate.getEarliest());
    }
}
