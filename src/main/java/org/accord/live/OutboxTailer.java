package org.accord.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Follows the outbox on one thread per instance and hands every committed entry, in commit order
 * and once, to the listeners registered on this instance. It reads when a transaction of this
 * instance commits ({@link #wake}) and otherwise every {@code accord.live.poll-interval}, which is
 * how writes through the other instances that share a PostgreSQL database reach it.
 *
 * <p>Registering a listener and publishing take the same lock, so a listener learns the position
 * up to which it was not told anything ({@link #register}): a subscription replays the outbox up
 * to there, then takes what is published, with no gap and nothing twice.
 */
@ApplicationScoped
public class OutboxTailer {

    private static final Logger LOG = Logger.getLogger(OutboxTailer.class);
    /** Transactions read at once; a large import is one transaction, read whole. */
    private static final int TRANSACTIONS_PER_READ = 100;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "accord.live.poll-interval")
    Duration pollInterval;

    @ConfigProperty(name = "accord.live.retention")
    Duration retention;

    /** When the outbox was last pruned (System.nanoTime), or 0. */
    private long pruned;

    private final List<Consumer<OutboxEntry>> listeners = new CopyOnWriteArrayList<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private final Object publishing = new Object();
    /** The last position handed to the listeners. */
    private long published;
    private volatile boolean running;
    /** Whether the last read failed: an outage is logged when it starts and when it ends, not every round. */
    private boolean failing;
    private Thread thread;

    void start(@Observes StartupEvent start) throws SQLException {
        published = outbox.head();
        running = true;
        thread = new Thread(this::run, "accord-outbox-tailer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Reads the outbox now: a transaction of this instance has committed entries. */
    public void wake() {
        wakeUps.release();
    }

    /**
     * Adds a listener and returns the last position published before it: the listener gets every
     * entry after it, in order.
     */
    public long register(Consumer<OutboxEntry> listener) {
        synchronized (publishing) {
            listeners.add(listener);
            return published;
        }
    }

    public void unregister(Consumer<OutboxEntry> listener) {
        listeners.remove(listener);
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                readAll();
                pruneHourly();
                if (failing) {
                    failing = false;
                    LOG.infof("Reading the outbox works again, after position %d", published);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                // The database may be unreachable for a while: the next round reads from the same position.
                if (!failing) {
                    failing = true;
                    LOG.warnf("Reading the outbox after position %d failed; retrying every %s: %s", published, pollInterval, e.getMessage());
                }
            }
        }
    }

    /**
     * Deletes what is older than {@code accord.live.retention}, once an hour, in batches. Every
     * instance does it; a delete that finds nothing reads the oldest 1,000 rows ({@link Outbox#prune}).
     */
    private void pruneHourly() throws SQLException {
        if (pruned != 0 && System.nanoTime() - pruned < Duration.ofHours(1).toNanos()) {
            return;
        }
        pruned = System.nanoTime();
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        int deleted;
        do {
            deleted = outbox.prune(before, 1_000);
        } while (deleted > 0 && running);
    }

    /** Publishes everything committed after the last published position. */
    private void readAll() throws SQLException {
        List<OutboxEntry> read;
        do {
            read = outbox.after(published, TRANSACTIONS_PER_READ);
            synchronized (publishing) {
                for (OutboxEntry entry : read) {
                    for (Consumer<OutboxEntry> listener : listeners) {
                        try {
                            listener.accept(entry);
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "An outbox listener failed on position %d", entry.position());
                        }
                    }
                    published = entry.position();
                }
            }
        } while (!read.isEmpty() && running);
    }
}
