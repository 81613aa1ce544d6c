package org.accord.dossier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.support.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * Every list of allowed values in dossier.schema.json is exactly the constants of one of Accord's
 * enums, in their order: a value added to an enum (an actor kind, a participation role) must be
 * added to the dossier schema too, or imports would refuse what the API accepts.
 */
class DossierSchemaEnumsTest {

    @Test
    void everyEnumOfTheDossierSchemaIsAJavaEnum() throws IOException {
        Set<List<String>> javaEnums = MainClasses.ALL.stream()
                .filter(JavaClass::isEnum)
                .map(c -> Arrays.stream(c.reflect().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList())
                .collect(Collectors.toSet());
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/dossier/dossier.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<List<String>> lists = new ArrayList<>();
        collect(schema, lists);
        assertTrue(lists.size() >= 10, "the schema's enums were not found: " + lists);
        Set<List<String>> unmatched = new LinkedHashSet<>(lists);
        unmatched.removeAll(javaEnums);
        assertTrue(unmatched.isEmpty(), () -> "dossier.schema.json lists values that no Java enum has exactly: " + unmatched);
    }

    private static void collect(JsonNode node, List<List<String>> lists) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("enum") && field.getValue().isArray()) {
                    List<String> values = new ArrayList<>();
                    field.getValue().forEach(v -> values.add(v.asText()));
                    lists.add(values);
                } else {
                    collect(field.getValue(), lists);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, lists));
        }
    }
}
