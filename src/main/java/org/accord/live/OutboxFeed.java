package org.accord.live;

import java.sql.SQLException;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.LiveCursor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one subscriber receives: the entries that pass its filter, after its cursor, each once and
 * in commit order. What it missed comes first, read from the outbox up to the position the tailer
 * had published when the feed registered; then what the tailer publishes, which was buffered
 * meanwhile. The two meet without a gap (the tailer publishes everything after that position) and
 * without a duplicate (an entry at or before the last one sent is dropped), also when the cursor
 * comes from an instance that had read further than this one.
 *
 * <p>The sink is called by one thread at a time: the opening thread during the replay, the
 * tailer's afterwards. It should hand the entry off, not work on the tailer's thread.
 */
public final class OutboxFeed implements AutoCloseable {

    /** Entries read from the outbox at once during a replay. */
    private static final int PAGE = 500;

    private final OutboxTailer tailer;
    private final OutboxFilter filter;
    private final Consumer<OutboxEntry> sink;
    private final Consumer<OutboxEntry> listener = this::published;
    private final Object lock = new Object();
    /** What the tailer published during the replay; null once the feed is live. */
    private ArrayDeque<OutboxEntry> buffered = new ArrayDeque<>();
    /** The last entry sent, or the subscriber's cursor. */
    private volatile LiveCursor lastSent;

    private OutboxFeed(OutboxTailer tailer, OutboxFilter filter, LiveCursor after, Consumer<OutboxEntry> sink) {
        this.tailer = tailer;
        this.filter = filter;
        this.lastSent = after;
        this.sink = sink;
    }

    /**
     * Opens a feed of what passes {@code filter} after {@code after} (null: from now on), replaying
     * on this thread what was committed after it before returning.
     */
    public static OutboxFeed open(OutboxTailer tailer, Outbox outbox, OutboxFilter filter, LiveCursor after, Consumer<OutboxEntry> sink)
            throws SQLException {
        requireKept(outbox, after);
        OutboxFeed feed = new OutboxFeed(tailer, filter, after, sink);
        long seam = tailer.register(feed.listener);
        try {
            if (after == null) {
                feed.lastSent = LiveCursor.afterAllOf(seam);
            } else {
                LiveCursor read = after;
                List<OutboxEntry> page;
                do {
                    page = outbox.between(filter, read, seam, PAGE);
                    page.forEach(feed::send);
                    if (!page.isEmpty()) {
                        read = page.get(page.size() - 1).cursor();
                    }
                } while (page.size() == PAGE);
            }
            feed.goLive();
            return feed;
        } catch (SQLException | RuntimeException e) {
            feed.close();
            throw e;
        }
    }

    /**
     * Refuses a cursor whose successors were pruned ({@code accord.live.retention}): what the
     * subscriber missed can no longer be sent.
     */
    public static void requireKept(Outbox outbox, LiveCursor after) throws SQLException {
        if (after != null && after.position() + 1 < outbox.oldestKept()) {
            throw new BadUserInputException("Argument 'after': the outbox no longer holds what was committed after this cursor"
                    + " (accord.live.retention); load the data again and subscribe after `liveCursor`");
        }
    }

    @Override
    public void close() {
        tailer.unregister(listener);
    }

    /** On the tailer's thread. */
    private void published(OutboxEntry entry) {
        if (!filter.test(entry)) {
            return;
        }
        synchronized (lock) {
            if (buffered != null) {
                buffered.add(entry);
                return;
            }
        }
        send(entry);
    }

    /** Sends what was buffered during the replay, then lets the tailer send directly. */
    private void goLive() {
        while (true) {
            List<OutboxEntry> batch;
            synchronized (lock) {
                if (buffered.isEmpty()) {
                    buffered = null;
                    return;
                }
                batch = new ArrayList<>(buffered);
                buffered.clear();
            }
            batch.forEach(this::send);
        }
    }

    private void send(OutboxEntry entry) {
        LiveCursor cursor = entry.cursor();
        if (lastSent != null && cursor.compareTo(lastSent) <= 0) {
            return; // sent already, or at or before the subscriber's cursor
        }
        lastSent = cursor;
        sink.accept(entry);
    }
}
