package org.accord.graphql;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL function {@code in_array(column, :ids)}, rendered as {@code column = any(?)} with one
 * array parameter ({@link Batch#pks}). Batch queries use it instead of {@code column in :ids}: a
 * list parameter expands to one placeholder per id, so each batch size made a new SQL text, which
 * Hibernate translated again (it caches no plan for a query with a list parameter), H2 parsed
 * again and PostgreSQL planned again. One array keeps one text per query. Both databases answer
 * {@code = any(?)} from the column's index (H2's ConditionInArray turns it into an index IN-list).
 * Registered through META-INF/services/org.hibernate.boot.model.FunctionContributor.
 */
public class InArrayFunction implements FunctionContributor {

    /** The function's name in HQL. */
    public static final String NAME = "in_array";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder(NAME, "(?1 = any(?2))")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
