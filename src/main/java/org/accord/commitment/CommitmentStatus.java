package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a commitment stands. FULFILLED, BROKEN, EXPIRED, WITHDRAWN and SUPERSEDED are final.")
public enum CommitmentStatus {
    @Description("Promised; nothing reported since.") ANNOUNCED,
    @Description("Being carried out.") IN_PROGRESS,
    @Description("Reported as stalled.") STALLED,
    @Description("Kept in part.") PARTIALLY_FULFILLED,
    @Description("Kept in full. Final.") FULFILLED,
    @Description("Broken. Final.") BROKEN,
    @Description("Its time ran out. Final.") EXPIRED,
    @Description("Withdrawn by who made it. Final.") WITHDRAWN,
    @Description("Replaced by another commitment. Final.") SUPERSEDED;

    /** The statuses that are not final, for queries. */
    public static final java.util.List<CommitmentStatus> OPEN =
            java.util.Arrays.stream(values()).filter(s -> !s.isFinal()).toList();

    /** A final status ends the commitment: it can no longer be overdue. */
    public boolean isFinal() {
        return switch (this) {
            case FULFILLED, BROKEN, EXPIRED, WITHDRAWN, SUPERSEDED -> true;
            default -> false;
        };
    }
}
