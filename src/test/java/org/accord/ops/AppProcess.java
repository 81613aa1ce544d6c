package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.accord.support.Tokens;

/**
 * One instance of a packaged jar, started as an operator starts it: {@code java -jar}, configured
 * only by environment variables, its console log captured to a file. Stopped with SIGTERM, as
 * Kubernetes and {@code docker stop} stop it.
 */
final class AppProcess implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Tokens the ITs' servers trust. Prod mode refuses the development key, so the ITs make their
     * own key pair; {@link #trustingTokens} gives a server its public key and issuer.
     */
    static final Tokens TOKENS = Tokens.generate("accord-it");
    private static final Path PUBLIC_KEY = TOKENS.writePublicKey(Path.of("target/it-keys/accord-it.pem")).toAbsolutePath();

    /** {@code env} plus the settings that make a server trust {@link #TOKENS}. */
    static Map<String, String> trustingTokens(Map<String, String> env) {
        Map<String, String> trusting = new java.util.HashMap<>(env);
        trusting.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PUBLIC_KEY.toString());
        trusting.put("MP_JWT_VERIFY_ISSUER", TOKENS.issuer);
        return trusting;
    }

    /** An Authorization header value for an editor, signed with {@link #TOKENS}. */
    static String editorAuthorization() {
        return "Bearer " + TOKENS.token("it-editor", "editor");
    }

    final Path jar;
    final int port;
    final Path log;
    private final Map<String, String> env;
    private Process process;

    /** Whether the ITs start the native executable (`./mvnw verify -Dnative -Ppostgresql`). */
    static final boolean NATIVE = Boolean.getBoolean("accord.it.native");
    static final Path NATIVE_RUNNER = Path.of(System.getProperty("native.image.path", "target/accord-runner"));

    AppProcess(Path jar, Map<String, String> env) {
        this.jar = jar;
        this.env = env;
        this.port = freePort();
        try {
            this.log = Files.createTempFile("accord-" + port + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (NATIVE) {
            assertTrue(Files.isExecutable(NATIVE_RUNNER), () -> "no native executable at " + NATIVE_RUNNER.toAbsolutePath());
        } else {
            assertTrue(Files.isRegularFile(jar), () -> "no packaged jar at " + jar.toAbsolutePath() + ": run the package phase first");
        }
    }

    /**
     * Starts the process; returns at once (see {@link #awaitReady()}). With {@code -Daccord.it.native=true}
     * (the native profile) it starts the native executable {@code native.image.path} instead of the jar.
     */
    AppProcess start() {
        List<String> command = NATIVE ? new ArrayList<>(List.of(NATIVE_RUNNER.toAbsolutePath().toString()))
                : new ArrayList<>(List.of(javaBin(), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until /q/health/ready answers 200. */
    AppProcess awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "the server on port " + port + " exited with " + process.exitValue() + ": " + log());
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        throw new AssertionError("the server on port " + port + " did not become ready: " + log());
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGTERM and waits for the exit; returns the exit code. */
    int stop() {
        if (process == null) {
            return -1;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("the server on port " + port + " did not stop within 60 s of SIGTERM: " + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself (after a SIGTERM sent elsewhere). */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the server on port " + port + " did not exit within " + seconds + " s: " + log());
        }
        return process.exitValue();
    }

    /** A JVM ended by SIGTERM after its shutdown hooks ran exits with 143 (128 + 15); 0 is fine too. */
    static void assertStoppedBySigterm(int exit, AppProcess process) {
        assertTrue(exit == 143 || exit == 0, () -> "exit code " + exit + " after SIGTERM: " + process.log());
        assertTrue(process.log().contains("stopped in"), () -> "Quarkus shut down in order: " + process.log());
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build());
    }

    /** Posts a GraphQL request; returns the response (any status). */
    HttpResponse<String> graphql(String query, String variablesJson, Map<String, String> headers) {
        return post("{\"query\": " + Json.quote(query) + (variablesJson == null ? "" : ", \"variables\": " + variablesJson) + "}",
                headers);
    }

    /** Posts a GraphQL-over-HTTP request body as it is; returns the response (any status). */
    HttpResponse<String> post(String body) {
        return post(body, Map.of());
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/graphql"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
