package org.accord.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every plain and batch field of the running schema is fetched by {@link LeanDataFetchers}: this
 * fails if a SmallRye upgrade changes the internals it reads (it then keeps SmallRye's fetchers,
 * correct but with the per-field context). That the answers stay the same, the query suites show.
 */
@QuarkusTest
class LeanDataFetchersTest {

    @Test
    void everyFieldIsFetchedWithoutSmallRyesPerFieldCopies() {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        List<String> lean = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    DataFetcher<?> fetcher = registry.getDataFetcher(FieldCoordinates.coordinates(object, field), field);
                    String name = object.getName() + "." + field.getName();
                    if (LeanDataFetchers.isLean(fetcher)) {
                        lean.add(name);
                    } else if (fetcher instanceof FieldDataFetcher<?> || fetcher instanceof BatchDataFetcher<?> || fetcher instanceof AbstractDataFetcher<?, ?>) {
                        left.add(name);
                    }
                }
            }
        }
        assertEquals(List.of(), left, "fields still fetched by SmallRye's own fetchers as they are");
        assertTrue(lean.containsAll(List.of("Event.title", "Actor.name", "Event.commitments", "Commitment.obligors", "PartialDate.edtf", "Query.actor", "Actor.mediatedEvents", "Mutation.importDossier")), lean::toString);
    }

    @Test
    void requestsRegisterOnlyTheDataLoadersTheyReach() {
        // SmallRye's model lists one batch operation, so it registers one DataLoader per request;
        // that batch fields still batch, one query per level, BatchedQueriesTest shows.
        assertTrue(Arc.container().instance(LazyDataLoaders.class).get().isLazy());
    }

    @Test
    void everyFieldIsVisibleWithoutAPatternMatch() {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }
}
