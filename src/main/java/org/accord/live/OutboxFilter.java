package org.accord.live;

import java.util.Objects;

/** Which outbox entries a subscriber wants: those of a process, of a commitment, or both (null: any). */
public record OutboxFilter(Long processId, Long commitmentId) {

    boolean test(OutboxEntry entry) {
        return (processId == null || Objects.equals(processId, entry.processId()))
                && (commitmentId == null || Objects.equals(commitmentId, entry.commitmentId()));
    }

    /** The filter as SQL conditions on the outbox, each with one parameter, in {@link #values} order. */
    String sql() {
        return (processId == null ? "" : " and process_id = ?") + (commitmentId == null ? "" : " and commitment_id = ?");
    }

    Long[] values() {
        return processId == null ? commitmentId == null ? new Long[0] : new Long[] {commitmentId}
                : commitmentId == null ? new Long[] {processId} : new Long[] {processId, commitmentId};
    }
}
