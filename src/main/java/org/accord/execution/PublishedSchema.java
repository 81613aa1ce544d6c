package org.accord.execution;

import graphql.GraphQLError;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.schema.idl.SchemaPrinter;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema as clients see it, adjusted once after SmallRye builds it:
 *
 * <ul>
 * <li>the input scalars get Accord's checks ({@link StrictScalars});</li>
 * <li>Date and DateTime, which SmallRye adds without a word, get descriptions; the schema file
 *     ({@link #print}) declares them, so that tools that read only the file (graphql-js
 *     buildSchema, relay-compiler, codegen, graphql-eslint) can load it;</li>
 * <li>scalars that no field uses (SmallRye's BigDecimal and BigInteger) are left out of
 *     introspection ({@code __schema.types}, {@code __type}) and of the schema file ({@link #print});</li>
 * <li>introspection lists only the directives Accord honours. graphql-java puts {@code @defer} and
 *     {@code @experimental_disableErrorPropagation} into every schema, but Accord delivers no
 *     incremental responses, so a client that saw {@code @defer} would wait for parts that never
 *     come separately; SmallRye's {@code @constraint} and {@code @rolesAllowed} annotate the
 *     server's code, which the schema file leaves out. A document that uses one of the first two
 *     is refused ({@link #unsupportedDirective}).</li>
 * </ul>
 *
 * Registered for SmallRye's {@link EventingService} ServiceLoader (META-INF/services), which
 * Quarkus also registers for native images; it needs no configuration key.
 */
public class PublishedSchema implements EventingService {

    /** The spec's directives, which the schema file need not declare; every other one is hidden. */
    private static final Set<String> HONOURED = Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf");
    /** Directives graphql-java accepts in documents, which Accord does not honour. */
    private static final Set<String> REFUSED = Set.of("defer", "experimental_disableErrorPropagation");

    private static final Map<String, String> SCALAR_DESCRIPTIONS = Map.of(
            "Date", "A calendar day as an ISO 8601 string, `YYYY-MM-DD` (e.g. `2023-12-07`).",
            "DateTime", "An instant as an ISO 8601 date-time string with its offset (e.g. `2023-12-07T10:15:30Z`).");

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType node, TraverserContext<GraphQLSchemaElement> context) {
                GraphQLScalarType published = StrictScalars.strict(node);
                String description = SCALAR_DESCRIPTIONS.get(node.getName());
                if (description != null && !description.equals(node.getDescription())) {
                    published = published.transform(b -> b.description(description));
                }
                return published == node ? TraversalControl.CONTINUE : changeNode(context, published);
            }
        });
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(b -> {
            // The transformation rebuilt every type that uses these scalars, but SmallRye's interface and
            // union resolvers return the instances they registered at bootstrap: have them return the
            // schema's own type of that name, or fragments such as "... on Actor" would never match.
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                TypeResolver original = type instanceof GraphQLInterfaceType i ? schema.getCodeRegistry().getTypeResolver(i)
                        : type instanceof GraphQLUnionType u ? schema.getCodeRegistry().getTypeResolver(u) : null;
                if (original != null && !type.getName().startsWith("__")) {
                    b.typeResolver(type.getName(), env -> {
                        GraphQLObjectType resolved = original.getType(env);
                        return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
                    });
                }
            }
            DataFetcher<?> honoured = env -> ((GraphQLSchema) env.getSource()).getDirectives().stream()
                    .filter(d -> HONOURED.contains(d.getName())).toList();
            b.dataFetcher(FieldCoordinates.coordinates("__Schema", "directives"), honoured);
            DataFetcher<?> published = env -> published((GraphQLSchema) env.getSource());
            b.dataFetcher(FieldCoordinates.coordinates("__Schema", "types"), published);
            DataFetcher<?> type = env -> {
                GraphQLType named = env.getGraphQLSchema().getType((String) env.getArgument("name"));
                return named != null && published(env.getGraphQLSchema()).contains(named) ? named : null;
            };
            b.dataFetcher(FieldCoordinates.systemCoordinates("__type"), type);
        });
        return GraphQLSchema.newSchema(schema).codeRegistry(registry);
    }

    /**
     * The schema file, as SmallRye prints it (same options) but without the elements introspection
     * leaves out; served at {@code /graphql/schema.graphql} and kept as the snapshot.
     */
    public static String print(GraphQLSchema schema) {
        Set<GraphQLNamedType> types = new HashSet<>(published(schema));
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .descriptionsAsHashComments(false)
                .includeDirectives(false)
                .includeIntrospectionTypes(false)
                .includeScalarTypes(true)
                .includeSchemaDefinition(false)
                .useAstDefinitions(false)
                .includeSchemaElement(element -> !(element instanceof GraphQLNamedType type) || types.contains(type));
        return new SchemaPrinter(options).print(schema);
    }

    /**
     * The types of the published schema: all but the scalars that no field, argument or input field
     * uses. (SmallRye's BigDecimal and BigInteger are in every schema, as arguments of its hidden
     * {@code @constraint} directive.)
     */
    private static List<GraphQLNamedType> published(GraphQLSchema schema) {
        Set<String> used = new HashSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    used.add(GraphQLTypeUtil.unwrapAll(field.getType()).getName());
                    field.getArguments().forEach(a -> used.add(GraphQLTypeUtil.unwrapAll(a.getType()).getName()));
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(f -> used.add(GraphQLTypeUtil.unwrapAll(f.getType()).getName()));
            }
        }
        return schema.getAllTypesAsList().stream()
                .filter(type -> !(type instanceof GraphQLScalarType) || used.contains(type.getName())).toList();
    }

    /** The error for a document that uses a directive Accord does not honour, or null. */
    public static GraphQLError unsupportedDirective(Document document) {
        String[] found = new String[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                if (REFUSED.contains(node.getName())) {
                    found[0] = node.getName();
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found[0] == null ? null : GraphQlErrors.requestError("Unknown directive \"@" + found[0]
                + "\": Accord does not offer it (no incremental delivery); the schema lists the directives it honours",
                GraphQlErrors.BAD_USER_INPUT);
    }
}
