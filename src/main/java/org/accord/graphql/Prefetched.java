package org.accord.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values of a batch field that its parents' query already read, for one request.
 *
 * <p>A batch resolver whose join can read what a field below it would read (the commitments of
 * some events, and each commitment's obligors) stores those values here; that field then answers
 * from them and sends no statement of its own ({@code org.accord.execution.LeanDataFetchers}). Each
 * statement a traversal saves is a round trip and about a tenth of a millisecond of server and
 * database CPU (issue 14: PostGraphile answers the mediator traversal in one statement).
 *
 * <p>Values are keyed by the parent instance: one persistence context holds one instance per row,
 * and graphql-java hands the field those instances. A field whose parent was not prefetched
 * (reached another way, or by a resolver that did not look ahead) is batched as usual.
 */
public final class Prefetched {

    private static final String KEY = Prefetched.class.getName();

    private Prefetched() {
    }

    /**
     * Whether the field being resolved selects {@code child} below it, directly or through
     * fragments. Reads the document, not {@code getSelectionSet()}, which Accord's fetchers leave
     * empty ({@code org.accord.execution.WithoutSelectedFields}). A child under {@code @skip} counts as
     * selected: reading it costs a join, answering it wrongly cannot happen.
     */
    public static boolean selects(Context context, String child) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        for (Field field : env.getMergedField().getFields()) {
            if (selects(field.getSelectionSet(), child, env.getFragmentsByName(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean selects(SelectionSet set, String child, Map<String, FragmentDefinition> fragments, int depth) {
        if (set == null || depth > 8) { // fragments nest; a cycle is refused by validation, the bound is belt and braces
            return false;
        }
        for (Selection<?> selection : set.getSelections()) {
            boolean found = false;
            if (selection instanceof Field field) {
                found = field.getName().equals(child);
            } else if (selection instanceof InlineFragment inline) {
                found = selects(inline.getSelectionSet(), child, fragments, depth + 1);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                found = selects(fragments.get(spread.getName()).getSelectionSet(), child, fragments, depth + 1);
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stores the values of the batch field {@code type.field} ({@code Commitment.obligors}) for
     * the parents of this request that {@code byParent} holds. Each value is what the field's
     * resolver returns for that parent.
     */
    public static void put(Context context, String type, String field, Map<?, ?> byParent) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        Map<String, Map<Object, Object>> all = env.getGraphQlContext().computeIfAbsent(KEY, k -> new ConcurrentHashMap<>());
        all.computeIfAbsent(type + "." + field, k -> new ConcurrentHashMap<>()).putAll(byParent);
    }

    /** The stored value of {@code coordinates} ({@code Commitment.obligors}) for {@code parent}, or null. */
    public static Object get(DataFetchingEnvironment env, String coordinates, Object parent) {
        Map<String, Map<Object, Object>> all = env.getGraphQlContext().get(KEY);
        if (all == null) {
            return null;
        }
        Map<Object, Object> values = all.get(coordinates);
        return values == null ? null : values.get(parent);
    }
}
