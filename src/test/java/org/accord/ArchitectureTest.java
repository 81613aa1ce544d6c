package org.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main code, read from the compiled classes with ArchUnit, so that a fully
 * qualified name counts as a dependency too. Each package directly under {@code org.accord} is a
 * node; an edge {@code a -> b} means some class of {@code a} uses one of {@code b}. An edge lies on
 * a cycle when {@code b} also reaches {@code a}.
 *
 * <p>The edges that lay on cycles when this test was added are listed in
 * {@code architecture/cyclic-dependencies.txt}; issue 16 removes them. The test fails on an edge
 * that closes a new cycle, naming the classes that make it, and on a listed edge that no longer
 * lies on a cycle, so that the list only shrinks. A second test holds every package to what its
 * package-info.java says it may import.
 */
class ArchitectureTest {

    private static final String ROOT = "org.accord.";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.accord");

    @Test
    void noNewCycleBetweenPackages() throws IOException {
        Map<String, Map<String, String>> edges = packageEdges();
        Set<String> cyclic = new TreeSet<>();
        edges.forEach((from, targets) -> targets.keySet().stream()
                .filter(to -> reaches(edges, to, from))
                .forEach(to -> cyclic.add(from + " -> " + to)));
        Set<String> listed = listedEdges();

        Set<String> added = new TreeSet<>(cyclic);
        added.removeAll(listed);
        assertTrue(added.isEmpty(), () -> "New dependencies that close a package cycle:\n" + added.stream()
                .map(edge -> "  " + edge + "   (" + edges.get(before(edge)).get(after(edge)) + ")")
                .collect(Collectors.joining("\n")));

        Set<String> removed = new TreeSet<>(listed);
        removed.removeAll(cyclic);
        assertEquals(Set.of(), removed, "These edges no longer lie on a cycle: delete them from"
                + " src/test/resources/architecture/cyclic-dependencies.txt");
    }

    /**
     * What each package may import, as its package-info.java says: the shared packages import no
     * other, features import {@code graphql} and what they link to. The cycles among actor, event,
     * statement, commitment and process are allowed here until issue 16 removes them (the list
     * above then fails first).
     */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("graphql", Set.of()),
            Map.entry("ops", Set.of()),
            Map.entry("persisted", Set.of()),
            Map.entry("security", Set.of()),
            Map.entry("http", Set.of("graphql", "persisted")),
            Map.entry("source", Set.of("graphql")),
            Map.entry("place", Set.of("graphql", "source")),
            Map.entry("process", Set.of("graphql", "source", "commitment", "event", "statement")),
            Map.entry("actor", Set.of("graphql", "source", "commitment", "event", "statement")),
            Map.entry("event", Set.of("graphql", "source", "place", "process", "actor", "commitment", "statement")),
            Map.entry("statement", Set.of("graphql", "source", "process", "actor", "commitment", "event")),
            Map.entry("commitment", Set.of("graphql", "source", "process", "actor", "event", "statement")),
            Map.entry("search", Set.of("graphql", "actor", "commitment", "event", "statement")),
            Map.entry("dossier", Set.of("graphql", "http", "actor", "commitment", "event", "place", "process", "source", "statement")));

    @Test
    void everyPackageImportsOnlyWhatItsPackageInfoAllows() {
        Set<String> refused = new TreeSet<>();
        packageEdges().forEach((from, targets) -> targets.forEach((to, example) -> {
            Set<String> allowed = MAY_IMPORT.get(from);
            if (allowed == null || !allowed.contains(to)) {
                refused.add(from + " -> " + to + "   (" + example + ")"
                        + (allowed == null ? "; " + from + " is a new package: give it a package-info.java and a line here" : ""));
            }
        }));
        assertTrue(refused.isEmpty(), () -> "Imports that the package-info.java of their package does not allow:\n  "
                + String.join("\n  ", refused));
    }

    /** from package -> to package -> one class dependency that makes the edge, for the message. */
    private static Map<String, Map<String, String>> packageEdges() {
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (JavaClass type : MAIN) {
            String from = node(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = node(dependency.getTargetClass());
                if (to != null && !to.equals(from)) {
                    edges.computeIfAbsent(from, k -> new TreeMap<>())
                            .putIfAbsent(to, type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }
        return edges;
    }

    /** The package directly under org.accord that holds the class, or null outside org.accord. */
    private static String node(JavaClass type) {
        String name = type.getPackageName() + ".";
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        return rest.isEmpty() ? "(org.accord)" : rest.substring(0, rest.indexOf('.'));
    }

    private static boolean reaches(Map<String, Map<String, String>> edges, String start, String goal) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(start));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(goal)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, Map.of()).keySet());
            }
        }
        return false;
    }

    private static Set<String> listedEdges() throws IOException {
        try (InputStream in = ArchitectureTest.class.getResourceAsStream("/architecture/cyclic-dependencies.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String before(String edge) {
        return edge.substring(0, edge.indexOf(" -> "));
    }

    private static String after(String edge) {
        return edge.substring(edge.indexOf(" -> ") + 4);
    }
}
