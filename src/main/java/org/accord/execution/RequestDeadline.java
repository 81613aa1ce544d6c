package org.accord.execution;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import java.time.Duration;
import java.util.Optional;
import org.accord.graphql.LimitExceededException;
import org.accord.graphql.Limits;

/**
 * The request timeout ({@code accord.limits.request-timeout}). {@link GraphQlHttpHandler} starts
 * the clock when it takes a request; from then on, every field that is about to be fetched checks
 * it and, once it has run out, fails with LIMIT_EXCEEDED instead of reading anything, so the rest
 * of the operation stops at once. A statement already running is stopped by the database: every
 * SQL statement has the same timeout ({@link SqlTimeout}). A query that was stopped is answered
 * with the one timeout error and no data (one that completed just past the deadline keeps its
 * answer); a mutation keeps its result, as its earlier fields may have been committed.
 *
 * <p>The deadline lives in the request's Vert.x (duplicated) context, which the worker thread
 * executing it shares. Registered for SmallRye's {@link EventingService} ServiceLoader
 * (META-INF/services), like {@link PublishedSchema}.
 */
public class RequestDeadline implements EventingService {

    private static final String KEY = "accord.request-deadline";

    private record Deadline(long nanos, Duration timeout) {
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeDataFetch(Context context) {
        check();
    }

    /**
     * Fails with LIMIT_EXCEEDED once the current request has run out of time (never outside a
     * request): for work inside one field that would otherwise go on, such as the retries of
     * org.accord.dossier.DossierImporter.
     */
    public static void check() {
        if (passed()) {
            throw new LimitExceededException(message());
        }
    }

    /** Starts the clock of the current request. */
    public static void start(Duration timeout) {
        ContextLocals.put(KEY, new Deadline(System.nanoTime() + timeout.toNanos(), timeout));
    }

    /** Whether the current request has run out of time (false outside a request). */
    public static boolean passed() {
        return current().map(d -> System.nanoTime() - d.nanos() > 0).orElse(false);
    }

    /** The error message of a request that ran out of time. */
    public static String message() {
        String limit = current().map(d -> " of " + format(d.timeout())).orElse("");
        return "The request ran longer than the limit" + limit + " (" + Limits.setting("request-timeout") + ") and was stopped";
    }

    private static Optional<Deadline> current() {
        return VertxContext.isOnDuplicatedContext() ? ContextLocals.get(KEY) : Optional.empty();
    }

    /** 10s, 1.5s, 250ms: as the setting is written. */
    private static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms >= 1000 ? ms / 1000.0 + "s" : ms + "ms";
    }
}
