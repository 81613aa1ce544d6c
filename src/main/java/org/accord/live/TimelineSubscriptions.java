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
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.event.Event;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Nodes;
import org.accord.graphql.TimelineItem;
import org.accord.process.Process;
import org.accord.statement.Statement;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import io.smallrye.graphql.api.Subscription;
import org.jboss.logging.Logger;

/**
 * SPIKE (issue 18): the timeline of a process, live.
 *
 * <p>graphql-java executes each event of a subscription on the thread that emits the source item,
 * with the GraphQLContext and DataLoaderRegistry of the subscribe operation. Quarkus's data fetchers
 * re-activate the request context in {@code graphQlContext["state"]} when none is active, and
 * deactivate it when they return. So each item is emitted from a worker thread (never the tailer's),
 * one at a time per subscription, after this class has put a fresh request context state into
 * {@code "state"} (and activated it on that thread): every field of the event, the batch fields
 * included, resolves in that state, and it is destroyed once the event has been executed.
 */
@GraphQLApi
public class TimelineSubscriptions {

    private static final Logger LOG = Logger.getLogger(TimelineSubscriptions.class);

    @Inject
    OutboxTailer tailer;

    @Inject
    Context context;

    @Subscription
    @NonNull
    @Description("SPIKE: each timeline item committed in this process from now on.")
    public Multi<@NonNull TimelineItemAdded> timelineItemAdded(@NonNull @Id @Description("A Process id.") String process) {
        long processPk = Nodes.require(Process.class, process, "process").pk;
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        PerEvent perEvent = new PerEvent(env.getGraphQlContext(), env.getDataLoaderRegistry());
        return Multi.createFrom().<TimelineItemAdded>emitter(emitter -> {
            Executor serial = new SerialExecutor(Infrastructure.getDefaultWorkerPool());
            Consumer<OutboxEntry> listener = entry -> {
                if (entry.processId() != null && entry.processId() == processPk) {
                    // on the tailer thread: only hand off
                    serial.execute(() -> perEvent.deliver(entry, emitter));
                }
            };
            tailer.register(listener);
            emitter.onTermination(() -> tailer.unregister(listener));
        }, BackPressureStrategy.BUFFER);
    }

    /** The per-event request context of one subscription. */
    static final class PerEvent {
        private final GraphQLContext graphQlContext;
        private final DataLoaderRegistry loaders;

        PerEvent(GraphQLContext graphQlContext, DataLoaderRegistry loaders) {
            this.graphQlContext = graphQlContext;
            this.loaders = loaders;
        }

        /** On a worker: loads the item in a fresh request context and emits it, which executes the event here. */
        void deliver(OutboxEntry entry, MultiEmitter<? super TimelineItemAdded> emitter) {
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
                // the loaders live as long as the subscription: no cache across events
                loaders.getDataLoaders().forEach(DataLoader::clearAll);
                TimelineItem item = load(entry);
                if (item != null) { // deleted since
                    // graphql-java runs the event inside this call (its fetchers are blocking here)
                    emitter.emit(new TimelineItemAdded(item, entry.position() + "." + entry.ordinal()));
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

        private static TimelineItem load(OutboxEntry entry) {
            AccordEntity entity = switch (entry.itemType()) {
                case "Event" -> Event.findById(entry.itemId());
                case "Statement" -> Statement.findById(entry.itemId());
                case "CommitmentStatusChange" -> CommitmentStatusChange.findById(entry.itemId());
                default -> null;
            };
            return (TimelineItem) entity;
        }
    }

    /** Runs tasks one at a time, in order, on a pool. */
    static final class SerialExecutor implements Executor {
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
                Runnable task = tasks.poll();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("A subscription task failed", e);
                }
            } while (pending.decrementAndGet() != 0);
        }
    }
}
