package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clients that Accord's users run, against the packaged jar: GraphiQL in headless Chromium,
 * graphql-http's audit, graphql-js, relay-compiler, @graphql-eslint, graphql-codegen with
 * {@code tsc --strict}, Apollo Client, urql and Relay (the npm project in {@code clients/}; its
 * README says what each test does).
 *
 * <p>{@code npm run build} first works from the schema file and the docs (README.md, docs/*.md) alone (codegen writes the
 * trusted document manifests); then two servers start, as an operator starts them: one as usual,
 * one that runs only the trusted documents of those manifests; then {@code npm test} runs the
 * clients against both. Needs Node.js 20+ with npm, and Chromium at /usr/bin/chromium (Debian's
 * package); {@code .ci/run} installs both. Screenshots of a failed browser test go to
 * target/client-artifacts.
 */
class FrontendClientsIT {

    static final Path JAR = Path.of(System.getProperty("accord.jar", "target/quarkus-app/quarkus-run.jar"));
    static final Path CLIENTS = Path.of("clients").toAbsolutePath();
    static final Path LOGS = Path.of("target", "client-logs").toAbsolutePath();

    @Test
    void theClientsRunAgainstThePackagedServer() throws IOException {
        Files.createDirectories(LOGS);
        if (!Files.isDirectory(CLIENTS.resolve("node_modules"))) {
            npm(Map.of(), "ci", "--no-audit", "--no-fund");
        }
        npm(Map.of(), "run", "build");

        int frontendPort = AppProcess.freePort();
        String frontendOrigin = "http://localhost:" + frontendPort;
        Map<String, String> common = AppProcess.trustingTokens(Map.of("QUARKUS_HTTP_CORS_ORIGINS", frontendOrigin));
        Map<String, String> plain = new HashMap<>(common);
        plain.put("ACCORD_H2_PATH", freshDatabase("plain"));
        Map<String, String> trusted = new HashMap<>(common);
        trusted.put("ACCORD_H2_PATH", freshDatabase("trusted"));
        trusted.put("ACCORD_TRUSTED_DOCUMENTS_ONLY", "true");
        trusted.put("ACCORD_TRUSTED_DOCUMENTS_MANIFESTS", CLIENTS.resolve("generated/persisted-documents.json") + ","
                + CLIENTS.resolve("generated/relay-persisted-documents.json"));

        // two instances of the PostgreSQL build on one database, for the subscriptions' scale-out test
        try (Postgres postgres = new Postgres("clients-live-7c1e");
                AppProcess server = new AppProcess(JAR, plain); AppProcess onlyTrusted = new AppProcess(JAR, trusted);
                AppProcess liveA = new AppProcess(PostgresJarIT.JAR, AppProcess.trustingTokens(postgres.env()));
                AppProcess liveB = new AppProcess(PostgresJarIT.JAR, AppProcess.trustingTokens(postgres.env()))) {
            server.start();
            onlyTrusted.start();
            liveA.start().awaitReady(); // migrates and seeds the database; B starts on it
            liveB.start();
            server.awaitReady();
            onlyTrusted.awaitReady();
            liveB.awaitReady();
            npm(Map.of(
                    "ACCORD_URL", server.url(""),
                    "ACCORD_TRUSTED_URL", onlyTrusted.url(""),
                    "ACCORD_LIVE_A", liveA.url(""),
                    "ACCORD_LIVE_B", liveB.url(""),
                    "ACCORD_LIVE_B_PID", Long.toString(liveB.pid()),
                    "ACCORD_TOKEN", AppProcess.TOKENS.token("it-editor", "editor"),
                    "ACCORD_FRONTEND_ORIGIN", frontendOrigin,
                    "ACCORD_ARTIFACTS", Path.of("target", "client-artifacts").toAbsolutePath().toString()),
                    "test");
        }
    }

    /** Runs npm in clients/; its output goes to this test's output and to target/client-logs. */
    private static void npm(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("npm"));
        command.addAll(List.of(args));
        Path log = LOGS.resolve("npm-" + args[args.length - 1] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENTS.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within 20 minutes; see " + log);
            }
            String output = Files.readString(log);
            System.out.println(output);
            assertEquals(0, process.exitValue(), () -> command + " failed; see " + log + ":\n" + tail(output));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run npm (Node.js 20+ with npm must be installed; .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String freshDatabase(String name) throws IOException {
        Path dir = Path.of("target", "clients-it", name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir.resolve("accord").toString();
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length));
    }
}
