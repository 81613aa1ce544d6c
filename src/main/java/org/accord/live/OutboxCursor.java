package org.accord.live;

/**
 * A place in commit order: the entry at {@code ordinal} of the transaction at {@code position}.
 * A subscriber that has seen an entry resumes after its cursor, even in the middle of a large
 * transaction such as an import.
 */
public record OutboxCursor(long position, int ordinal) implements Comparable<OutboxCursor> {

    /** Before every entry of the transaction at {@code position}'s successor: after all of {@code position}. */
    static OutboxCursor afterAllOf(long position) {
        return new OutboxCursor(position, Integer.MAX_VALUE);
    }

    static OutboxCursor of(OutboxEntry entry) {
        return new OutboxCursor(entry.position(), entry.ordinal());
    }

    @Override
    public int compareTo(OutboxCursor other) {
        int c = Long.compare(position, other.position);
        return c != 0 ? c : Integer.compare(ordinal, other.ordinal);
    }
}
