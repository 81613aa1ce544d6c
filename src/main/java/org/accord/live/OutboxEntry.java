package org.accord.live;

import org.accord.graphql.LiveCursor;

/**
 * One timeline item in the outbox: its place in commit order (the transaction's position, then
 * the item's ordinal within it), what it is, and the process and commitment it belongs to.
 */
public record OutboxEntry(long position, int ordinal, String itemType, long itemId, Long processId, Long commitmentId) {

    /** The moment after this entry. */
    public LiveCursor cursor() {
        return new LiveCursor(position, ordinal);
    }
}
