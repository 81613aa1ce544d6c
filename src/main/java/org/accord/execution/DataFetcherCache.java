package org.accord.execution;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;

/**
 * Makes each operation's data fetcher once. SmallRye GraphQL 2.17 builds a data loader for every
 * batch field of the schema ({@code @Source List<...>}) on every request, used or not, and for
 * each it asks for a new data fetcher, whose constructor looks the Java method up by reflection
 * ({@code Class.forName}, {@code getMethods}). With Accord's batch fields that was most of the
 * CPU of a {@code { __typename }} request (async-profiler, docs/benchmarks.md). Since
 * {@link LazyDataLoaders}, SmallRye's model lists one batch operation, so it asks once per request,
 * and each batch field asks once, at start-up ({@link LeanDataFetchers}). Data fetchers keep
 * no per-request state (SmallRye shares those of the other fields across requests), so this
 * returns the first one Quarkus made for an operation every time after.
 *
 * <p>Registered for SmallRye's ServiceLoader (META-INF/services); priority 0 asks it before
 * Quarkus' own service (1), to which it delegates.
 */
public class DataFetcherCache implements DataFetcherService {

    /** Operations by identity: the schema's model objects live as long as the application. */
    private record Key(Operation operation) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.operation == operation;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation);
        }
    }

    // One cache per application: SmallRye may load this service more than once.
    private static final Map<Key, PlugableBatchableDataFetcher> MADE = new ConcurrentHashMap<>();
    private static final LongAdder ASKED = new LongAdder();

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return once(operation, type, quarkus::getDefaultDataFetcher);
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return once(operation, type, quarkus::getCompletionStageDataFetcher);
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return once(operation, type, quarkus::getUniDataFetcher);
    }

    private PlugableBatchableDataFetcher once(Operation operation, Type type,
            BiFunction<Operation, Type, PlugableBatchableDataFetcher> make) {
        ASKED.increment();
        return MADE.computeIfAbsent(new Key(operation), k -> make.apply(operation, type));
    }

    /** How many data fetchers were made, and how many times one was asked for (for tests). */
    static long[] counts() {
        return new long[] {MADE.size(), ASKED.sum()};
    }
}
