package org.accord.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.api.Context;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/**
 * Batches a field that takes arguments, one query per level and per distinct set of arguments.
 *
 * <p>Why not {@code @Source List<P>}: SmallRye keys its batch DataLoader on the parent alone and
 * hands the whole batch the first caller's arguments, so two aliases of one field, such as
 * {@code obligations: commitments(side: OBLIGOR)} and {@code benefits: commitments(side:
 * BENEFICIARY)}, would both get the first answer. Here each field registers its own DataLoader in
 * the request's registry, keyed by (parent, arguments); graphql-java dispatches it with the
 * other loaders at the end of each level.
 */
public final class ArgumentBatch {

    private ArgumentBatch() {
    }

    private record Key<P, A>(P parent, A arguments) {
        // Parents are compared by identity: one query level holds one instance per row.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key<?, ?> k && k.parent == parent && k.arguments.equals(arguments);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(parent) * 31 + arguments.hashCode();
        }
    }

    /**
     * Queues {@code parent} for {@code field}; {@code resolver} later receives all parents queued
     * with equal {@code arguments} and returns one result per parent, in their order.
     */
    public static <P, A, R> CompletionStage<R> load(Context context, String field, P parent, A arguments,
                                                   BiFunction<List<P>, A, List<R>> resolver) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        GraphQLContext graphQlContext = env.getGraphQlContext();
        DataLoader<Key<P, A>, R> loader = env.getDataLoaderRegistry().computeIfAbsent("accord:" + field,
                name -> DataLoaderFactory.<Key<P, A>, R>newDataLoader(keys -> CompletableFuture.completedFuture(
                        inRequestContext(graphQlContext, () -> resolve(keys, resolver)))));
        return loader.load(new Key<>(parent, arguments));
    }

    /**
     * Runs the batch in the operation's request context, as Quarkus runs a {@code @Source List}
     * batch (QuarkusDefaultDataFetcher.invokeBatch): graphql-java may dispatch the loader after
     * the fetcher that queued the parent has deactivated the context. It does so in every event
     * of a subscription (FallbackDataLoaderDispatchStrategy dispatches after each fetcher returns);
     * {@code "state"} is the request context state the operation runs in (for a subscription, the
     * current event's: org.accord.live.TimelineSubscriptions).
     */
    private static <T> T inRequestContext(GraphQLContext graphQlContext, Supplier<T> batch) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive() || !(graphQlContext.get("state") instanceof ContextState state)) {
            return batch.get();
        }
        requestContext.activate(state);
        try {
            return batch.get();
        } finally {
            requestContext.deactivate();
        }
    }

    private static <P, A, R> List<R> resolve(List<Key<P, A>> keys, BiFunction<List<P>, A, List<R>> resolver) {
        Map<A, List<P>> parentsByArguments = new LinkedHashMap<>();
        for (Key<P, A> key : keys) {
            parentsByArguments.computeIfAbsent(key.arguments(), a -> new ArrayList<>()).add(key.parent());
        }
        Map<A, Map<P, R>> results = new LinkedHashMap<>();
        parentsByArguments.forEach((arguments, parents) -> {
            List<R> values = resolver.apply(parents, arguments);
            Map<P, R> byParent = new IdentityHashMap<>();
            for (int i = 0; i < parents.size(); i++) {
                byParent.put(parents.get(i), values.get(i));
            }
            results.put(arguments, byParent);
        });
        return keys.stream().map(k -> results.get(k.arguments()).get(k.parent())).toList();
    }
}
