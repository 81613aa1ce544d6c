package org.accord.execution;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.accord.graphql.LimitExceededException;
import org.accord.graphql.Limits;
import org.accord.graphql.Page;

/**
 * Measures the operation a request is about to run, after parsing and before validation and
 * execution, and refuses it ({@link LimitExceededException}, no SQL run) when it exceeds:
 *
 * <ul>
 * <li><b>depth</b> ({@code accord.limits.max-depth}): how deep its fields nest, a top-level field
 *     being 1 deep (GraphiQL's introspection query is 13 deep);</li>
 * <li><b>fields</b> ({@code accord.limits.max-fields}): all its fields, at every level;</li>
 * <li><b>root fields</b> ({@code accord.limits.max-root-fields}): the fields at its top level;</li>
 * <li><b>aliases</b> ({@code accord.limits.max-aliases}): its aliased fields, anywhere; these two
 *     stop the batching attack of one request asking for the same thing many times;</li>
 * <li><b>cost</b> ({@code accord.limits.max-cost}): an estimate of the records it may fetch, after
 *     GitHub's node limit. Every field costs 1, and what is selected inside a connection (a field
 *     with {@code first}/{@code last}) counts once per record its page may hold: {@code first} or
 *     {@code last} (a literal or a variable), else the default page of 20; at least 1, at most the page size limit
 *     (a larger page is refused on its own). So
 *     {@code actors(first: 50) { nodes { name affiliations(first: 10) { nodes { position } } } }} costs
 *     1 + 50 × (1 + 1 + (1 + 10 × (1 + 1))) = 1,151.</li>
 * </ul>
 *
 * Fragments count wherever they are spread, and each is measured once, so a document whose
 * fragments spread each other exponentially is measured in linear time (and refused). Fields,
 * types and fragments the schema does not know count 1 and are left to validation to report;
 * fragment cycles too. Validation runs only for what passes, which also bounds its own cost (its
 * overlapping-fields check grows with the square of the fields).
 *
 * <p>Depth and fields were graphql-java's MaxQueryDepth and MaxQueryComplexity instrumentations
 * (SmallRye's {@code instrumentation-query-depth} and {@code -complexity}), which counted the same
 * things after validation. Measured here, in the walk this class makes anyway, the operation is
 * walked once instead of three times, and graphql-java runs with no instrumentation: with two, it
 * called both for every field it fetched and completed (7% of the server's CPU in a traversal).
 */
public final class OperationLimits {

    /**
     * Counts of one selection set: fields at its own level, aliases, cost, all fields and the
     * deepest field's depth within it.
     */
    record Tally(long fields, long aliases, long cost, long all, long depth) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(add(fields, o.fields), add(aliases, o.aliases), add(cost, o.cost), add(all, o.all),
                    Math.max(depth, o.depth));
        }
    }

    private final Supplier<GraphQLSchema> schema;
    private final Limits limits;
    private volatile GraphQLSchema known;

    public OperationLimits(Supplier<GraphQLSchema> schema, Limits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    /** Throws when {@code operation} (of {@code document}, with these variables) exceeds a limit. */
    public void check(Document document, OperationDefinition operation, JsonObject variables) {
        Tally t = measure(document, operation, variables);
        if (t.depth > limits.maxDepth()) {
            throw exceeded("The operation nests fields " + t.depth + " deep", limits.maxDepth(), "max-depth");
        }
        if (t.fields > limits.maxRootFields()) {
            throw exceeded("The operation selects " + t.fields + " fields at its top level", limits.maxRootFields(),
                    "max-root-fields");
        }
        if (t.aliases > limits.maxAliases()) {
            throw exceeded("The operation uses " + t.aliases + " aliases", limits.maxAliases(), "max-aliases");
        }
        if (t.cost > limits.maxCost()) {
            throw exceeded("The operation's cost is " + (t.cost == Long.MAX_VALUE ? "beyond measure" : t.cost)
                    + " (each field counts once per record of the pages around it; ask for smaller pages or fewer fields)",
                    limits.maxCost(), "max-cost");
        }
        if (t.all > limits.maxFields()) {
            throw exceeded("The operation selects " + t.all + " fields (fragments counted where they are spread)",
                    limits.maxFields(), "max-fields");
        }
    }

    /** The operation's counts: {@code fields} are those at its top level. */
    Tally measure(Document document, OperationDefinition operation, JsonObject variables) {
        GraphQLSchema s = known;
        if (s == null) {
            s = known = schema.get(); // the same instance for the application's life
        }
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case QUERY -> s.getQueryType();
            case MUTATION -> s.getMutationType();
            case SUBSCRIPTION -> s.getSubscriptionType();
        };
        return new Measure(s, document, operation, variables, limits.maxPageSize()).selections(operation.getSelectionSet(), root);
    }

    private static LimitExceededException exceeded(String what, long limit, String setting) {
        return new LimitExceededException(what + ", above the limit of " + limit + " (" + Limits.setting(setting) + ")");
    }

    /** One measurement: the document's fragments, measured once each. */
    private static final class Measure {
        private final GraphQLSchema schema;
        private final OperationDefinition operation;
        private final JsonObject variables;
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Tally> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();
        private final int maxPageSize;

        Measure(GraphQLSchema schema, Document document, OperationDefinition operation, JsonObject variables, int maxPageSize) {
            this.schema = schema;
            this.maxPageSize = maxPageSize;
            this.operation = operation;
            this.variables = variables;
            for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.putIfAbsent(f.getName(), f);
            }
        }

        Tally selections(SelectionSet set, GraphQLCompositeType type) {
            Tally total = Tally.ZERO;
            if (set == null) {
                return total;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    total = total.plus(field(field, type));
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLCompositeType on = inline.getTypeCondition() == null ? type : composite(inline.getTypeCondition().getName());
                    total = total.plus(selections(inline.getSelectionSet(), on));
                } else if (selection instanceof FragmentSpread spread) {
                    total = total.plus(fragment(spread.getName()));
                }
            }
            return total;
        }

        private Tally field(Field field, GraphQLCompositeType parent) {
            GraphQLFieldDefinition definition = definition(parent, field.getName());
            GraphQLType result = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
            Tally inner = selections(field.getSelectionSet(), result instanceof GraphQLCompositeType c ? c : null);
            long cost = add(1, multiply(pageSize(field, definition), inner.cost));
            return new Tally(1, add(field.getAlias() == null ? 0 : 1, inner.aliases), cost, add(1, inner.all), add(1, inner.depth));
        }

        private Tally fragment(String name) {
            Tally known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !measuring.add(name)) {
                return Tally.ZERO; // unknown, or a cycle: validation reports both
            }
            Tally t = selections(definition.getSelectionSet(), composite(definition.getTypeCondition().getName()));
            measuring.remove(name);
            measured.put(name, t);
            return t;
        }

        private GraphQLCompositeType composite(String typeName) {
            return schema.getType(typeName) instanceof GraphQLCompositeType c ? c : null;
        }

        private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
            if (parent == null) {
                return null;
            }
            if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                return Introspection.TypeNameMetaFieldDef;
            }
            if (parent == schema.getQueryType() && name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                return Introspection.SchemaMetaFieldDef;
            }
            if (parent == schema.getQueryType() && name.equals(Introspection.TypeMetaFieldDef.getName())) {
                return Introspection.TypeMetaFieldDef;
            }
            return parent instanceof GraphQLFieldsContainer c ? c.getFieldDefinition(name) : null;
        }

        /** How many times a field's selection counts: its page size if it is a connection, else once. */
        private long pageSize(Field field, GraphQLFieldDefinition definition) {
            if (definition == null || definition.getArgument("first") == null) {
                return 1;
            }
            Long first = intArgument(field, "first");
            Long last = intArgument(field, "last");
            long size = first == null && last == null ? Page.DEFAULT_SIZE
                    : Math.max(first == null ? 0 : first, last == null ? 0 : last);
            return Math.max(1, Math.min(size, maxPageSize));
        }

        /** An Int argument's value, or null when it is absent, null or not an Int (validation reports that). */
        private Long intArgument(Field field, String name) {
            Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
            return argument == null ? null : intValue(argument.getValue());
        }

        private Long intValue(Value<?> value) {
            if (value instanceof IntValue i) {
                return clamp(i.getValue());
            }
            if (value instanceof VariableReference ref) {
                JsonValue given = variables == null ? null : variables.get(ref.getName());
                if (given != null) {
                    // 100.0 and 1e2 are Ints to graphql-java too: count any number, rounded up
                    return given instanceof JsonNumber n
                            ? clamp(n.bigDecimalValue().setScale(0, java.math.RoundingMode.CEILING).toBigInteger()) : null;
                }
                return operation.getVariableDefinitions().stream()
                        .filter(v -> v.getName().equals(ref.getName()))
                        .map(VariableDefinition::getDefaultValue)
                        .filter(IntValue.class::isInstance)
                        .map(v -> clamp(((IntValue) v).getValue()))
                        .findFirst().orElse(null);
            }
            return null;
        }
    }

    private static long clamp(BigInteger value) {
        return value.bitLength() < 63 ? value.longValue() : value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** Sum of non-negative counts, saturating instead of overflowing. */
    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
