package org.accord.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.accord.graphql.Citable;
import org.accord.support.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * The entities marked {@link Citable}, which {@code addCitation} accepts, are exactly the types
 * whose GraphQL type has a {@code sources} field (in schema.graphql; the root query's list of
 * sources aside): a fact is citable where its citations can be read back.
 */
class CitableTypesTest {

    @Test
    void theCitableEntitiesAreTheTypesWithSources() throws IOException {
        Set<String> marked = MainClasses.ALL.stream()
                .filter(c -> c.isAnnotatedWith(Citable.class))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withSources = new SchemaParser().parse(Files.readString(Path.of("schema.graphql")))
                .getTypes(ObjectTypeDefinition.class).stream()
                .filter(t -> !t.getName().equals("Query") && t.getFieldDefinitions().stream().anyMatch(f -> f.getName().equals("sources")))
                .map(ObjectTypeDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(withSources, marked);
    }
}
