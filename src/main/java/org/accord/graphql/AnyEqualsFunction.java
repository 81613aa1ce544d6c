package org.accord.graphql;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL function {@code any_equals(:ids, column)}, rendered as {@code column = any(?)} with one
 * array parameter ({@link Batch#pks}). Batch queries use it instead of {@code column in :ids}: a
 * list parameter expands to one placeholder per id, so each batch size made a new SQL text, which
 * H2 parsed again and PostgreSQL planned again. One array keeps one text per query. Both databases
 * answer {@code = any(?)} from the column's index (H2's ConditionInArray turns it into an index
 * IN-list).
 *
 * <p>The array comes first on purpose. Hibernate lets a parameter in a function's last argument
 * bind a list (varargs), and it caches no plan for a query with such a parameter: with the array
 * last ({@code in_array(column, :ids)}, as this function was first written), every batch query
 * was translated from HQL to SQL again on every execution, 6% of the server's CPU in a mediator
 * traversal. {@code BatchedQueriesTest} checks that the plan is cached.
 * Registered through META-INF/services/org.hibernate.boot.model.FunctionContributor.
 */
public class AnyEqualsFunction implements FunctionContributor {

    /** The function's name in HQL. */
    public static final String NAME = "any_equals";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder(NAME, "(?2 = any(?1))")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
