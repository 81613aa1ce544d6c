package org.accord.execution;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.accord.graphql.Prefetched;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.jboss.logging.Logger;

/**
 * Plain fields and batch fields fetched without SmallRye's per-field context.
 *
 * <p>SmallRye GraphQL 2.17 builds a context for every field it fetches
 * ({@code SmallRyeContextManager.populateFromDataFetchingEnvironment}: the field's path as a
 * string, its selected fields twice, a copy of the request's context), including each plain field
 * (a title, a name) and each parent queued for a batch field. A mediator traversal reads about 250
 * fields, and the profile gave that work a tenth of the server's CPU. Accord's resolvers read the
 * context only in fields that take their own arguments ({@code org.accord.graphql.ArgumentBatch}),
 * which keep SmallRye's fetchers ({@link OperationField}: its context, without the selected
 * fields), and in the batch call itself, which SmallRye still makes.
 *
 * <p>The fetchers here do what SmallRye's do, minus the context: a plain field reads the Java
 * field or getter and converts its value with SmallRye's own {@link FieldHelper}; a batch field
 * checks the request's deadline ({@link RequestDeadline}, as SmallRye's data-fetch event did),
 * converts its arguments with SmallRye's {@link ArgumentHelper}, and queues its parent on the
 * operation's DataLoader with the context SmallRye's batch call reads.
 *
 * <p>They need the model that SmallRye's fetchers keep in private fields ({@code field},
 * {@code owner}, {@code operation}): with SmallRye's helpers, the use of SmallRye's internals here
 * ({@link LazyDataLoaders} changes SmallRye's schema model). If an upgrade renames them, the
 * original fetcher stays and a warning is logged; {@code LeanDataFetchersTest} fails then.
 * Registered for SmallRye's {@link EventingService} ServiceLoader (META-INF/services). The same
 * rebuild of the code registry makes every field plainly visible ({@link PlainFieldVisibility}).
 * The native image keeps the fields read here by reflection ({@link RegisterForReflection}).
 */
@RegisterForReflection(targets = {FieldDataFetcher.class, BatchDataFetcher.class})
public class LeanDataFetchers implements EventingService {

    private static final Logger LOG = Logger.getLogger(LeanDataFetchers.class);

    /** Set while the schema is built, read at start-up by {@link LazyDataLoaders}. */
    private static volatile boolean everyBatchFieldIsLean = true;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry original = schema.getCodeRegistry();
        DataFetcherFactory smallRyeFetchers = new DataFetcherFactory(); // loads its services once
        GraphQLCodeRegistry lean = original.transform(registry -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> replacement = replace(original.getDataFetcher(coordinates, field), smallRyeFetchers);
                        if (replacement != null) {
                            registry.dataFetcher(coordinates, replacement);
                        }
                    }
                }
            }
            PlainFieldVisibility.apply(registry);
        });
        return GraphQLSchema.newSchema(schema).codeRegistry(lean);
    }

    /** The lean fetcher for SmallRye's {@code fetcher}, or null to keep it. */
    private static DataFetcher<?> replace(DataFetcher<?> fetcher, DataFetcherFactory smallRyeFetchers) {
        try {
            if (fetcher instanceof FieldDataFetcher<?>) {
                return new PlainField((Field) model(FieldDataFetcher.class, "field", fetcher),
                        (Reference) model(FieldDataFetcher.class, "owner", fetcher));
            }
            if (fetcher instanceof BatchDataFetcher<?>) {
                return new BatchField((Operation) model(BatchDataFetcher.class, "operation", fetcher), smallRyeFetchers);
            }
            if (fetcher instanceof AbstractDataFetcher<?, ?> operation) {
                return new OperationField(operation);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("SmallRye's %s fetchers keep their per-field context (%s)", fetcher.getClass().getSimpleName(), e);
            if (fetcher instanceof BatchDataFetcher<?>) {
                everyBatchFieldIsLean = false;
            }
        }
        return null;
    }

    /**
     * Whether every batch field registers its own DataLoader ({@link BatchField}), so that
     * SmallRye need not register all of them for every request ({@link LazyDataLoaders}).
     */
    static boolean everyBatchFieldIsLean() {
        return everyBatchFieldIsLean;
    }

    private static Object model(Class<?> owner, String name, Object fetcher) throws ReflectiveOperationException {
        java.lang.reflect.Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(fetcher);
    }

    /** Which fetchers are lean (for tests). */
    static boolean isLean(DataFetcher<?> fetcher) {
        return fetcher instanceof PlainField || fetcher instanceof BatchField || fetcher instanceof OperationField;
    }

    /**
     * A field SmallRye calls a resolver for, one parent at a time (a root field, or a field with
     * arguments): SmallRye's own fetcher, with its context, events, request context and error
     * handling, but without a copy of the selection below it ({@link WithoutSelectedFields}).
     */
    static final class OperationField implements DataFetcher<Object> {
        private final DataFetcher<?> smallRye;

        OperationField(DataFetcher<?> smallRye) {
            this.smallRye = smallRye;
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return smallRye.get(WithoutSelectedFields.of(env));
        }
    }

    /** A plain field: its Java field or getter, converted as SmallRye converts it. */
    static final class PlainField implements TrivialDataFetcher<Object> {
        private final FieldHelper helper;
        private final MethodHandle reader;

        PlainField(Field field, Reference owner) throws ReflectiveOperationException {
            this.helper = new FieldHelper(field);
            // As SmallRye reads it: the getter if the model names one, else the public field.
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            this.reader = field.getMethodName() == null
                    ? MethodHandles.publicLookup().unreflectGetter(type.getField(field.getPropertyName()))
                    : MethodHandles.publicLookup().unreflect(type.getMethod(field.getMethodName()));
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            // A local of type Object: passed straight to invoke(), the generic getSource() would be
            // inferred as Object[] (invoke's varargs type) and cast to it.
            Object source = env.getSource();
            Object value;
            try {
                value = reader.invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            try {
                return helper.transformOrAdaptResponse(value, env);
            } catch (AbstractDataFetcherException e) {
                return value; // as SmallRye: the value as it is, for graphql-java to coerce or refuse
            }
        }
    }

    /**
     * A batch field ({@code @Source List<P>}): the parent queued on the operation's DataLoader,
     * which the field registers in the request's registry the first time the request reaches it.
     *
     * <p>SmallRye registers a DataLoader for every batch operation of the schema in every request
     * (47 today, each built with a new SmallRye fetcher), and graphql-java dispatches each of them
     * at the end of every level, reading the clock each time; a traversal reaches three.
     * The batch function is the one SmallRye would build ({@code DataFetcherFactory}), built once:
     * SmallRye shares the same objects across requests for its other fetchers. Batch operations
     * take no arguments but their parents (fields with arguments go through {@code ArgumentBatch}),
     * so the DataLoader needs no options, as in SmallRye. A parent whose value its own parent's query
     * already read ({@link Prefetched}) is answered at once and never queued.
     */
    static final class BatchField implements DataFetcher<Object> {
        private final ArgumentHelper arguments;
        private final String loader;
        private final String coordinates;
        private final BatchLoaderWithContext<Object, Object> batch;

        BatchField(Operation operation, DataFetcherFactory smallRyeFetchers) {
            if (!operation.getArguments().stream().allMatch(Argument::isSourceArgument)) {
                throw new IllegalStateException("batch field " + operation.getName()
                        + " takes arguments: write it with org.accord.graphql.ArgumentBatch");
            }
            this.arguments = new ArgumentHelper(operation.getArguments());
            this.loader = new BatchLoaderHelper().getName(operation);
            this.coordinates = operation.getSourceFieldOn().getName() + "." + operation.getName();
            // The type argument only shapes the selected-fields context of the batch call, which no
            // resolver reads; SmallRye passes the model type named like the operation, none here.
            this.batch = smallRyeFetchers.getSourceBatchLoader(operation, null);
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            RequestDeadline.check();
            Object prefetched = Prefetched.get(env, coordinates, env.getSource());
            if (prefetched != null) {
                return CompletableFuture.completedFuture(prefetched);
            }
            List<Object> transformed = arguments.getArguments(env, true);
            Map<String, Object> batchContext = new HashMap<>(4);
            batchContext.put(BatchLoaderHelper.ARGUMENTS, transformed);
            batchContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, WithoutSelectedFields.of(env));
            DataLoader<Object, Object> dataLoader = env.getDataLoaderRegistry()
                    .computeIfAbsent(loader, name -> DataLoaderFactory.newDataLoader(batch));
            return dataLoader.load(env.getSource(), batchContext);
        }
    }
}
