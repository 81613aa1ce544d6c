package org.accord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.accord.support.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * Every internal class of Quarkus, SmallRye GraphQL or graphql-java that Accord's main code uses
 * is named in docs/internal-apis.md, with the test that catches an upgrade breaking it: a new use
 * fails here until it is listed.
 */
class InternalApiTest {

    /** Implementation packages the libraries do not promise to keep, and graphql-java's JVM-wide parser default. */
    private static final Pattern INTERNAL = Pattern.compile(
            "io\\.quarkus\\.[a-z.]+\\.runtime\\..*|io\\.smallrye\\.graphql\\.(execution|schema|bootstrap|transformation|spi)\\..*"
                    + "|graphql\\.parser\\.ParserOptions");

    @Test
    void everyInternalClassInUseIsListedInTheDocs() throws IOException {
        String doc = Files.readString(Path.of("docs/internal-apis.md"), StandardCharsets.UTF_8);
        Set<String> unlisted = new TreeSet<>();
        for (JavaClass type : MainClasses.ALL) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String name = target.getName().replaceAll("\\$.*", "");
                if (INTERNAL.matcher(name).matches() && !doc.contains("`" + name.substring(name.lastIndexOf('.') + 1) + "`")) {
                    unlisted.add(name + " (used by " + type.getName().replaceAll("\\$.*", "") + ")");
                }
            }
        }
        assertTrue(unlisted.isEmpty(), () -> "Internal classes in use that docs/internal-apis.md does not list:\n  "
                + String.join("\n  ", unlisted));
    }
}
