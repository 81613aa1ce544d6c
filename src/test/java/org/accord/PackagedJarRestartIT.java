package org.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.accord.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar the way the README does, on an H2 file database in a fresh folder:
 * it seeds itself on first start, serves /graphql and GraphiQL in prod mode, and what it stores
 * survives a restart without being seeded twice.
 */
class PackagedJarRestartIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** Prod mode refuses the development key: this server trusts a key made for the test. */
    private static final Tokens TOKENS = Tokens.generate("accord-restart-it");
    private static final Path PUBLIC_KEY = TOKENS.writePublicKey(Path.of("target/it-keys/restart-it.pem"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void seedsOnFirstStartAndKeepsDataAcrossRestarts() throws Exception {
        Path db = Files.createTempDirectory("accord-restart").resolve("accord");
        int port = freePort();

        start(db, port);
        String first = post(port, "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } }");
        assertTrue(first.contains("\"sources\":{\"totalCount\":11}"), first);
        assertTrue(first.contains("\"actors\":{\"totalCount\":19}"), first);
        String imported = post(port, "mutation { importDossier(input: {json: \"{\\\"dossier\\\": \\\"restart-check\\\", \\\"title\\\": \\\"Restart check\\\","
                + " \\\"sources\\\": [{\\\"key\\\": \\\"source.restart-check\\\", \\\"publisher\\\": \\\"Test\\\", \\\"title\\\": \\\"Survives a restart\\\"}]}\"}) { created } }");
        assertTrue(imported.contains("\"created\":1"), imported);
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/graphql-ui/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "GraphiQL is served in prod mode");
        stop();

        start(db, port);
        String second = post(port, "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } }");
        assertTrue(second.contains("\"sources\":{\"totalCount\":12}"), "the imported source survived and nothing was seeded twice: " + second);
        assertTrue(second.contains("\"actors\":{\"totalCount\":19}"), second);
    }

    private void start(Path db, int port) throws IOException, InterruptedException {
        Path log = Files.createTempFile("accord-restart", ".log");
        server = new ProcessBuilder("java", "-Daccord.h2.path=" + db, "-Dquarkus.http.port=" + port,
                "-Dmp.jwt.verify.publickey.location=" + PUBLIC_KEY.toAbsolutePath(), "-Dmp.jwt.verify.issuer=" + TOKENS.issuer,
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), () -> "the server exited: " + read(log));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become ready: " + read(log));
    }

    private String post(int port, String query) throws IOException, InterruptedException {
        String body = "{\"query\": " + quote(query) + "}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKENS.token("it-editor", "editor"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
