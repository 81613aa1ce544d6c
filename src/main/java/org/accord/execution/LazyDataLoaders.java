package org.accord.execution;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Stops SmallRye from registering every batch DataLoader in every request: each batch field
 * registers its own when a request reaches it ({@link LeanDataFetchers.BatchField}).
 *
 * <p>SmallRye's {@code ExecutionService} lists the batch operations of its schema model for every
 * request and builds a DataLoader for each. Once the GraphQL schema is built, that model is read for
 * nothing else, so emptying its lists of batch operations leaves the registry to the fields. One
 * operation stays listed: without any, SmallRye gives the request no registry at all.
 * The model is the bean SmallRye's {@code GraphQLProducer} produces; changing it relies on
 * SmallRye's internals, like the fields {@link LeanDataFetchers} reads. If a batch field kept
 * SmallRye's fetcher (which needs SmallRye's registration), nothing changes and a warning says
 * so; {@code LeanDataFetchersTest} fails then. Until this runs, a field finds the DataLoader
 * SmallRye registered under the same name and uses it.
 */
@ApplicationScoped
public class LazyDataLoaders {

    private static final Logger LOG = Logger.getLogger(LazyDataLoaders.class);

    private volatile boolean lazy;

    void onStart(@Observes StartupEvent start, Schema schema) {
        if (!LeanDataFetchers.everyBatchFieldIsLean()) {
            LOG.warn("some batch fields keep SmallRye's fetcher: SmallRye registers every DataLoader in every request");
            return;
        }
        try {
            // SmallRye hands a request a DataLoader registry only when its model lists a batch
            // operation (graphql-java's empty registry refuses new loaders), so one stays listed.
            Type kept = schema.getTypes().values().stream().filter(Type::hasBatchOperations)
                    .min(Comparator.comparing(Type::getName)).orElseThrow();
            String keptOperation = new TreeSet<>(kept.getBatchOperations().keySet()).first();
            for (Type type : schema.getTypes().values()) {
                type.getBatchOperations().keySet().removeIf(name -> type != kept || !name.equals(keptOperation));
            }
            lazy = schema.getBatchOperations().size() == 1;
        } catch (RuntimeException e) {
            LOG.warnf("SmallRye registers every DataLoader in every request (%s)", e);
        }
    }

    /** Whether SmallRye registers one DataLoader per request instead of all (for tests). */
    boolean isLazy() {
        return lazy;
    }
}
