package org.accord.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which outbox entries a subscriber wants: of a type, of a process, of a commitment (each null: any). */
public record OutboxFilter(String itemType, Long processId, Long commitmentId) {

    boolean test(OutboxEntry entry) {
        return (itemType == null || itemType.equals(entry.itemType()))
                && (processId == null || Objects.equals(processId, entry.processId()))
                && (commitmentId == null || Objects.equals(commitmentId, entry.commitmentId()));
    }

    /** The filter as SQL conditions on the outbox, each with one parameter, in {@link #values} order. */
    String sql() {
        return (itemType == null ? "" : " and item_type = ?") + (processId == null ? "" : " and process_id = ?")
                + (commitmentId == null ? "" : " and commitment_id = ?");
    }

    List<Object> values() {
        List<Object> values = new ArrayList<>();
        if (itemType != null) {
            values.add(itemType);
        }
        if (processId != null) {
            values.add(processId);
        }
        if (commitmentId != null) {
            values.add(commitmentId);
        }
        return values;
    }
}
