package org.accord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.support.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main code, read from the compiled classes with ArchUnit, so that a fully
 * qualified name counts as a dependency too. Each package directly under {@code org.accord} is a
 * node; an edge {@code a -> b} means some class of {@code a} uses one of {@code b}. An edge lies on
 * a cycle when {@code b} also reaches {@code a}.
 *
 * <p>The first test fails on any cycle, naming a class dependency that makes each edge on it. The
 * second holds every package to what its package-info.java says it may import.
 */
class ArchitectureTest {

    private static final String ROOT = "org.accord.";
    private static final Path SOURCES = Path.of("src/main/java/org/accord");
    /** A name of a class of another package in code: an import, or a fully qualified name in a statement. */
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.accord\\.([a-z]+)\\.[A-Za-z]");

    private static final JavaClasses MAIN = MainClasses.ALL;

    @Test
    void noCycleBetweenPackages() {
        Map<String, Map<String, String>> edges = packageEdges();
        Set<String> cyclic = new TreeSet<>();
        edges.forEach((from, targets) -> targets.forEach((to, example) -> {
            if (reaches(edges, to, from)) {
                cyclic.add(from + " -> " + to + "   (" + example + ")");
            }
        }));
        assertTrue(cyclic.isEmpty(), () -> "Dependencies that lie on a package cycle:\n  " + String.join("\n  ", cyclic));
    }

    /**
     * What each package may import, as its package-info.java says: the shared packages import no
     * other; a feature imports {@code graphql} and the features its rows link to, in the order
     * process, actor, event, statement, commitment; timeline, search and dossier sit on top. The
     * role names of {@code security} may be used anywhere above {@code graphql}.
     */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("graphql", Set.of()),
            Map.entry("ops", Set.of()),
            Map.entry("persisted", Set.of()),
            Map.entry("security", Set.of()),
            Map.entry("execution", Set.of("graphql", "security")),
            Map.entry("http", Set.of("graphql", "execution", "persisted", "security")),
            Map.entry("source", Set.of("graphql", "security")),
            Map.entry("place", Set.of("graphql", "source", "security")),
            Map.entry("process", Set.of("graphql", "source", "security")),
            Map.entry("actor", Set.of("graphql", "source", "security")),
            Map.entry("event", Set.of("graphql", "source", "place", "process", "actor", "security")),
            Map.entry("statement", Set.of("graphql", "source", "process", "actor", "event", "security")),
            Map.entry("commitment", Set.of("graphql", "source", "process", "actor", "event", "statement", "security")),
            Map.entry("timeline", Set.of("graphql", "process", "event", "statement", "commitment", "security")),
            Map.entry("search", Set.of("graphql", "actor", "commitment", "event", "place", "statement", "security")),
            Map.entry("live", Set.of("graphql", "process", "event", "statement", "commitment", "security")),
            Map.entry("dossier", Set.of("graphql", "execution", "actor", "commitment", "event", "place", "process", "source", "statement", "security")));

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

    /**
     * from package -> to package -> one dependency that makes the edge, for the message. Read from
     * the compiled classes and from the sources' imports and fully qualified names: the compiler
     * inlines constants ({@code Actor.TYPE}), so a class file does not show a dependency on them.
     */
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
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String from = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(org.accord)";
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*") || code.startsWith("package ")) {
                        continue; // comments name classes without depending on them
                    }
                    Matcher m = QUALIFIED.matcher(code);
                    while (m.find()) {
                        if (!m.group(1).equals(from)) {
                            edges.computeIfAbsent(from, k -> new TreeMap<>()).putIfAbsent(m.group(1), relative + ": " + code);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
