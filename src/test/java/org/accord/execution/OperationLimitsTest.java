package org.accord.execution;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ParseAndValidate;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.graphql.LimitExceededException;
import org.accord.graphql.Limits;
import org.accord.support.Introspection;
import org.junit.jupiter.api.Test;

/**
 * How {@link OperationLimits} counts, on the schema snapshot (no server): the cost arithmetic,
 * variables, fragments, and that GraphiQL's introspection and every example query of the README
 * and of docs/*.md stay within the limits set in application.properties. (QueryLimitsTest checks
 * the refusals over HTTP.)
 */
class OperationLimitsTest {

    private static final GraphQLSchema SCHEMA = schema();
    private static final Properties CONFIG = config();
    private static final OperationLimits LIMITS = new OperationLimits(() -> SCHEMA, configured());

    private static GraphQLSchema schema() {
        try {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties config() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    private static long setting(String name) {
        return Long.parseLong(CONFIG.getProperty(Limits.setting(name)));
    }

    /** The limits as application.properties sets them. */
    private static Limits configured() {
        return new Limits() {
            public long maxCost() {
                return setting("max-cost");
            }

            public int maxAliases() {
                return (int) setting("max-aliases");
            }

            public int maxRootFields() {
                return (int) setting("max-root-fields");
            }

            public int maxDepth() {
                return (int) setting("max-depth");
            }

            public int maxFields() {
                return (int) setting("max-fields");
            }

            public int maxPageSize() {
                return (int) setting("max-page-size");
            }

            public Duration requestTimeout() {
                throw new UnsupportedOperationException();
            }

            public MemorySize dossierMaxBytes() {
                throw new UnsupportedOperationException();
            }

            public int dossierMaxRecords() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int searchCount() {
                return 1000;
            }
        };
    }

    private static OperationLimits.Tally measure(String query, JsonObject variables) {
        Document document = Parser.parse(query);
        return LIMITS.measure(document, document.getDefinitionsOfType(OperationDefinition.class).get(0), variables);
    }

    private static long cost(String query) {
        return measure(query, null).cost();
    }

    @Test
    void connectionsMultiplyWhatTheySelect() {
        assertEquals(1 + 50 * (1 + 1), cost("{ actors(first: 50) { nodes { name } } }"));
        assertEquals(1 + 50 * (1 + 1 + (1 + 10 * (1 + 1))),
                cost("{ actors(first: 50) { nodes { name mediatedEvents(first: 10) { nodes { title } } } } }"));
        assertEquals(1 + 7 * 2, cost("{ events(last: 7) { nodes { title } } }"), "last counts like first");
        assertEquals(1 + 20 * 2, cost("{ events { nodes { title } } }"), "the default page is 20");
        assertEquals(1 + 100 * 2, cost("{ events(first: 1000) { nodes { title } } }"), "a page counts at most 100");
        assertEquals(1 + 2, cost("{ events(first: 0) { nodes { title } } }"), "and at least 1");
        assertEquals(1 + 1 + 1, cost("{ resolveActors(name: \"x\") { name } __typename }"), "plain lists count once");
    }

    @Test
    void pageSizesComeFromVariablesAndTheirDefaults() {
        String query = "query($n: Int = 30) { events(first: $n) { nodes { title } } }";
        assertEquals(1 + 30 * 2, measure(query, null).cost());
        assertEquals(1 + 40 * 2, measure(query, Json.createObjectBuilder().add("n", 40).build()).cost());
        assertEquals(1 + 20 * 2, measure(query, Json.createObjectBuilder().addNull("n").build()).cost(), "null: the default page");
        // graphql-java takes 100.0 and 1e2 as the Int 100: so must the estimate
        assertEquals(1 + 100 * 2, measure(query, Json.createObjectBuilder().add("n", new java.math.BigDecimal("100.0")).build()).cost());
        assertEquals(1 + 100 * 2, measure(query, Json.createObjectBuilder().add("n", new java.math.BigDecimal("1E+2")).build()).cost());
    }

    @Test
    void fragmentsCountWhereverTheyAreSpread() {
        String query = """
                query { a: events(first: 10) { ...E } b: events(first: 10) { ...E } ... on Query { c: __typename } }
                fragment E on EventConnection { nodes { t: title ... on Event { summary } } }""";
        OperationLimits.Tally t = measure(query, null);
        assertEquals(3, t.fields(), "root fields");
        assertEquals(2 + 2 + 1, t.aliases(), "a, b, t twice, c");
        assertEquals(2 * (1 + 10 * (1 + 2)) + 1, t.cost());
        assertEquals(2 * 4 + 1, t.all(), "events, nodes, t and summary in each spread, and c");
        assertEquals(3, t.depth(), "events → nodes → title");
    }

    @Test
    void fragmentBombsAreMeasuredQuicklyAndRefused() {
        StringBuilder query = new StringBuilder("query { ...F0 }\n");
        for (int i = 0; i < 60; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
        }
        query.append("fragment F60 on Query { __typename }");
        Document document = Parser.parse(query.toString());
        OperationDefinition op = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LIMITS.check(document, op, null)));
        assertThat(e.getMessage(), containsString("accord.limits.max-root-fields"));
    }

    @Test
    void graphiqlIntrospectionIsWithinTheLimits() {
        OperationLimits.Tally t = measure(Introspection.QUERY, null);
        System.out.println("GraphiQL introspection: " + t);
        assertThat(t.cost(), lessThanOrEqualTo(setting("max-cost")));
        assertThat(t.fields(), lessThanOrEqualTo(setting("max-root-fields")));
        assertEquals(13, t.depth(), "GraphiQL's introspection nests 13 deep (ofType within ofType)");
        assertThat(t.all(), lessThanOrEqualTo(setting("max-fields")));
    }

    /**
     * Every ```graphql block of README.md and of docs/*.md: each parses, and each operation in it
     * validates against the schema and stays within the limits. The README shows one query and one
     * mutation; docs/api.md holds the rest of the examples.
     */
    @Test
    void everyDocumentedExampleIsWithinTheLimits() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        Pattern block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
        Map<Path, Integer> perFile = new TreeMap<>();
        List<String> checked = new ArrayList<>();
        long most = 0;
        for (Path file : files) {
            Matcher blocks = block.matcher(Files.readString(file));
            while (blocks.find()) {
                Document document = Parser.parse(blocks.group(1));
                for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
                    // each operation on its own, with the block's fragments (a block may hold two anonymous ones)
                    List<Definition> alone = new ArrayList<>(List.of(op));
                    alone.addAll(document.getDefinitionsOfType(FragmentDefinition.class));
                    List<ValidationError> invalid = ParseAndValidate.validate(SCHEMA, Document.newDocument().definitions(alone).build());
                    assertTrue(invalid.isEmpty(), () -> file + ": " + op.getName() + " does not validate: " + invalid);
                    LIMITS.check(document, op, null); // throws over a limit
                    most = Math.max(most, LIMITS.measure(document, op, null).cost());
                    checked.add(file + ": " + op.getName());
                    perFile.merge(file, 1, Integer::sum);
                }
            }
        }
        System.out.println("Documented examples: " + checked.size() + " operations " + perFile + ", highest cost " + most);
        assertFalse(perFile.getOrDefault(Path.of("README.md"), 0) < 2, "the README's query and mutation were not found: " + checked);
        assertFalse(checked.size() < 20, "the examples of README.md and docs/*.md were not found: " + checked);
    }
}
