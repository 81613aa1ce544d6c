package org.accord.execution;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;
import java.util.List;
import java.util.Map;

/**
 * A field's environment as SmallRye's operation fetchers and batch calls get it: everything but
 * the fields selected below it.
 *
 * <p>Before it calls a resolver, SmallRye 2.17 copies every field selected below the resolver's
 * field into JSON, twice ({@code SmallRyeContextManager.buildSelectedFields}), for
 * {@code Context.getSelectedFields()}. Below a root field that is the whole operation: in a
 * mediator traversal this copying took 8.4% of the server's CPU, for two fields. No Accord
 * resolver reads the selection (it reads its arguments, its parent and the DataLoader registry),
 * so SmallRye is handed an environment whose selection set is empty, and the copy is empty too.
 * A resolver that some day needs the selection must read it from the document
 * ({@code getMergedField()}), not from {@code getSelectionSet()} or the Context.
 */
final class WithoutSelectedFields extends DelegatingDataFetchingEnvironment {

    private WithoutSelectedFields(DataFetchingEnvironment environment) {
        super(environment);
    }

    static DataFetchingEnvironment of(DataFetchingEnvironment environment) {
        return environment instanceof WithoutSelectedFields ? environment : new WithoutSelectedFields(environment);
    }

    @Override
    public DataFetchingFieldSelectionSet getSelectionSet() {
        return NONE;
    }

    private static final DataFetchingFieldSelectionSet NONE = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern, String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
