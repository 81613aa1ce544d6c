package org.accord.live;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.event.Event;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.LiveCursor;
import org.accord.statement.Statement;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jboss.logging.Logger;

/**
 * The stream of one subscription: an {@link OutboxFeed} whose entries are loaded and emitted one
 * at a time, each in a request context of its own.
 *
 * <p>graphql-java executes each item of a subscription on the thread that emits it, with the
 * GraphQLContext and DataLoaderRegistry of the subscribe operation; Quarkus' data fetchers
 * re-activate the request context found in {@code graphQlContext["state"]} and deactivate it when
 * they return. So items are emitted from a worker thread, never the tailer's, after a fresh request
 * context state has been put into {@code "state"} and activated: every field of the item, the batch
 * fields included (see {@code graphql.ArgumentBatch}), reads in it, with a new Hibernate session, so
 * nothing is served from an earlier item's cache. The state is destroyed once the item is executed.
 */
final class LiveStream {

    private static final Logger LOG = Logger.getLogger(LiveStream.class);

    private LiveStream() {
    }

    /**
     * Items {@code make} builds from each entry that passes {@code filter} after {@code after}
     * (null: from now on), with the entry's record loaded.
     */
    static <T> Multi<T> of(Context context, OutboxTailer tailer, Outbox outbox, OutboxFilter filter, LiveCursor after,
            BiFunction<AccordEntity, String, T> make) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        GraphQLContext graphQlContext = env.getGraphQlContext();
        DataLoaderRegistry loaders = env.getDataLoaderRegistry();
        return Multi.createFrom().<T>emitter(emitter -> {
            Executor serial = new SerialExecutor(Infrastructure.getDefaultWorkerPool());
            try {
                OutboxFeed feed = OutboxFeed.open(tailer, outbox, filter, after,
                        entry -> serial.execute(() -> deliver(entry, emitter, graphQlContext, loaders, make)));
                emitter.onTermination(feed::close);
            } catch (SQLException e) {
                emitter.fail(new IllegalStateException("Reading the outbox failed: " + e.getMessage(), e));
            }
        }, BackPressureStrategy.BUFFER);
    }

    /** On a worker: loads the entry's record in a fresh request context and emits it, which executes the item here. */
    private static <T> void deliver(OutboxEntry entry, MultiEmitter<? super T> emitter, GraphQLContext graphQlContext,
            DataLoaderRegistry loaders, BiFunction<AccordEntity, String, T> make) {
        if (emitter.isCancelled()) {
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) { // nothing should be left on a pool thread; never run in someone else's
            requestContext.deactivate();
        }
        ContextState state = requestContext.initializeState();
        requestContext.activate(state);
        try {
            graphQlContext.put("state", state);
            loaders.getDataLoaders().forEach(DataLoader::clearAll); // the loaders live as long as the subscription
            AccordEntity record = load(entry);
            if (record != null) { // null: deleted since it was committed
                emitter.emit(make.apply(record, entry.cursor().encode()));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Delivering outbox position %d failed", entry.position());
            emitter.fail(e);
        } finally {
            if (requestContext.isActive()) {
                requestContext.deactivate();
            }
            requestContext.destroy(state);
        }
    }

    private static AccordEntity load(OutboxEntry entry) {
        return switch (entry.itemType()) {
            case Event.TYPE -> Event.findById(entry.itemId());
            case Statement.TYPE -> Statement.findById(entry.itemId());
            case CommitmentStatusChange.TYPE -> CommitmentStatusChange.findById(entry.itemId());
            default -> null;
        };
    }

    /** Runs tasks one at a time, in order, on a pool: one subscription's items, in commit order. */
    private static final class SerialExecutor implements Executor {
        private final Executor pool;
        private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        private final AtomicInteger pending = new AtomicInteger();

        SerialExecutor(Executor pool) {
            this.pool = pool;
        }

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
            if (pending.getAndIncrement() == 0) {
                pool.execute(this::drain);
            }
        }

        private void drain() {
            do {
                try {
                    tasks.poll().run();
                } catch (RuntimeException e) {
                    LOG.warn("A subscription task failed", e);
                }
            } while (pending.decrementAndGet() != 0);
        }
    }
}
