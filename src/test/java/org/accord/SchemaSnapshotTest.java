package org.accord;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schema is a public contract: the served schema must equal the snapshot in the repo
 * (schema.graphql). After a deliberate change, regenerate it with
 * {@code ./mvnw test -Dtest=SchemaSnapshotTest -Daccord.schema.update=true} and name the change in
 * CHANGELOG.md.
 */
@QuarkusTest
class SchemaSnapshotTest {

    static final Path SNAPSHOT = Path.of("schema.graphql");

    private static String served() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void servedSchemaMatchesTheSnapshot() throws IOException {
        String served = served();
        if (Boolean.getBoolean("accord.schema.update")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(SNAPSHOT), "missing snapshot " + SNAPSHOT.toAbsolutePath());
        assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), served,
                "the schema changed: review it, then regenerate schema.graphql with -Daccord.schema.update=true");
    }

    /**
     * The file alone is a whole schema, as tools that read it need (graphql-js buildSchema,
     * relay-compiler, codegen): every type it names is declared in it or built in.
     */
    @Test
    void theSnapshotIsACompleteSchema() throws IOException {
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        assertTrue(schema.getType("DateTime") instanceof GraphQLScalarType);
        assertTrue(schema.getType("Date") instanceof GraphQLScalarType);
    }

    /** Every type (scalars included), field, argument, enum value and input field carries a description. */
    @Test
    void everythingIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        String previous = "";
        String type = "";
        Pattern typeLine = Pattern.compile("^(?:type|input|enum|interface|union|scalar) (\\w+)");
        Pattern member = Pattern.compile("^\\s+(\\w+)\\s*(?:[(:]|$)");
        for (String line : served().split("\n")) {
            Matcher t = typeLine.matcher(line);
            if (t.find()) {
                type = t.group(1);
                if (!previous.trim().endsWith("\"") && !List.of("Query", "Mutation").contains(type)) {
                    undescribed.add(type);
                }
            } else {
                Matcher m = member.matcher(line);
                if (m.find() && !line.trim().startsWith("\"") && !previous.trim().endsWith("\"") && !line.trim().equals(")")) {
                    undescribed.add(type + "." + m.group(1));
                }
            }
            previous = line;
        }
        assertEquals(List.of(), undescribed);
    }
}
