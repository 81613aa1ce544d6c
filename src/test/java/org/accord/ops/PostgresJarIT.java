package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL artifact (built by `verify` into target/postgresql-it, as `-Ppostgresql` builds
 * it) started as in production: {@code java -jar} with only QUARKUS_DATASOURCE_JDBC_URL, _USERNAME
 * and _PASSWORD, against a PostgreSQL server that checks the password. Covers the operations side:
 * migrations and seed on PostgreSQL, health, metrics, logs, GraphiQL switch, graceful shutdown.
 */
class PostgresJarIT {

    static final Path JAR = Path.of(System.getProperty("accord.postgresql.jar", "target/postgresql-it/quarkus-app/quarkus-run.jar"));
    static final String PASSWORD = "pg-Secret-7f3a9c";
    /** A forged token (refused with 401) and a valid one: neither may reach the log. */
    static final String FORGED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.secret-token-4d1e.sig";

    static Postgres postgres;
    static AppProcess app;

    @BeforeAll
    static void start() {
        postgres = new Postgres(PASSWORD);
        app = new AppProcess(JAR, AppProcess.trustingTokens(postgres.env())).start().awaitReady();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static JsonNode data(AppProcess on, String query) {
        HttpResponse<String> response = on.graphql(query, null, Map.of());
        assertEquals(200, response.statusCode(), response::body);
        JsonNode body = Json.parse(response.body());
        assertTrue(body.path("errors").isMissingNode(), response::body);
        return body.get("data");
    }

    @Test
    void migratesSeedsAndServesOnPostgres() {
        JsonNode counts = data(app, "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } }");
        assertEquals(11, counts.at("/sources/totalCount").asInt(), counts::toString);
        assertEquals(19, counts.at("/actors/totalCount").asInt(), counts::toString);
        // the PostgreSQL-only migration (db/postgresql) ran: search is served by trigram indexes
        assertTrue(postgres.column("select extname from pg_extension").contains("pg_trgm"));
        assertTrue(postgres.column("select indexname from pg_indexes").contains("actor_normalized_name_trgm"));
        assertTrue(postgres.column("select version from flyway_schema_history where success").contains("3.1"));
        JsonNode search = data(app, "{ search(text: \"peace treaty\", first: 5) { totalCount } }");
        assertTrue(search.at("/search/totalCount").asInt() > 0, search::toString);
        JsonNode baku = data(app, "{ resolveActors(name: \"Baku\") { name } }");
        assertEquals("Government of Azerbaijan", baku.at("/resolveActors/0/name").asText(), baku::toString);
    }

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        HttpResponse<String> live = app.get("/q/health/live");
        assertEquals(200, live.statusCode(), live::body);
        assertEquals("UP", Json.parse(live.body()).get("status").asText());
        HttpResponse<String> ready = app.get("/q/health/ready");
        assertEquals(200, ready.statusCode(), ready::body);
        JsonNode checks = Json.parse(ready.body()).get("checks");
        boolean database = false;
        for (JsonNode check : checks) {
            if (check.get("name").asText().toLowerCase().contains("database")) {
                database = true;
                assertEquals("UP", check.get("status").asText(), ready::body);
            }
        }
        assertTrue(database, () -> "readiness has a database check: " + ready.body());
        assertEquals(200, app.get("/q/health/started").statusCode());
    }

    @Test
    void prometheusMetricsCountGraphQlOperationsAndThePool() {
        data(app, "query MetricsProbe { actors(first: 1) { totalCount } }");
        HttpResponse<String> metrics = app.get("/q/metrics");
        assertEquals(200, metrics.statusCode());
        String text = metrics.body();
        // GraphQL: one timer per operation (count and total time), named by the operation name
        assertTrue(text.lines().anyMatch(l -> l.startsWith("accord_graphql_operations_seconds_count{") && l.contains("operation=\"MetricsProbe\"")
                && l.contains("type=\"query\"") && l.contains("outcome=\"success\"")), () -> grep(text, "graphql"));
        assertTrue(text.lines().anyMatch(l -> l.startsWith("accord_graphql_operations_seconds_sum{") && l.contains("MetricsProbe")), () -> grep(text, "graphql"));
        // the connection pool
        for (String pool : List.of("agroal_active_count", "agroal_available_count", "agroal_max_used_count", "agroal_awaiting_count", "agroal_acquire_count_total")) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(pool + "{")), () -> pool + " missing: " + grep(text, "agroal"));
        }
        // HTTP requests to /graphql
        assertTrue(text.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains("uri=\"/graphql\"")), () -> grep(text, "http_server"));
    }

    @Test
    void graphiqlIsServedByDefault() {
        assertEquals(200, app.get("/q/graphql-ui/").statusCode());
    }

    @Test
    void noTokenOrPasswordInTheLog() {
        String token = AppProcess.editorAuthorization();
        HttpResponse<String> response = app.graphql("{ actors(first: 1) { totalCount } }", null, Map.of("Authorization", token));
        assertEquals(200, response.statusCode(), response::body);
        HttpResponse<String> failing = app.graphql("{ actor(id: \"nonsense\") { name } }", null, Map.of("Authorization", token));
        assertEquals(200, failing.statusCode(), failing::body);
        HttpResponse<String> forged = app.graphql("{ actors(first: 1) { totalCount } }", null, Map.of("Authorization", "Bearer " + FORGED_TOKEN));
        assertEquals(401, forged.statusCode(), forged::body);
        String log = app.log();
        assertFalse(log.contains(token.substring("Bearer ".length())), "the bearer token was logged");
        assertFalse(log.contains(FORGED_TOKEN), "the refused bearer token was logged");
        assertFalse(log.contains(PASSWORD), "the database password was logged");
    }

    @Test
    void aRefusedDatabaseLoginFailsTheStartWithoutLoggingThePassword() throws Exception {
        String wrong = "wrong-Password-51c2";
        Map<String, String> env = new HashMap<>(postgres.env());
        env.put("QUARKUS_DATASOURCE_PASSWORD", wrong);
        env.put("QUARKUS_FLYWAY_CONNECT_RETRIES", "0");
        try (AppProcess refused = new AppProcess(JAR, env).start()) {
            int exit = refused.awaitExit(120);
            assertNotEquals(0, exit, refused::log);
            String log = refused.log();
            assertTrue(log.contains("password authentication failed"), log);
            assertFalse(log.contains(wrong), () -> "the password was logged: " + log);
        }
    }

    /**
     * JSON logs and the GraphiQL switch are runtime settings; on SIGTERM a request in flight is
     * finished and answered before the process exits.
     */
    @Test
    void jsonLogsGraphiqlOffAndGracefulShutdown() throws Exception {
        Map<String, String> env = new HashMap<>(postgres.env());
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        env.put("QUARKUS_SMALLRYE_GRAPHQL_UI_ENABLED", "false");
        env.put("QUARKUS_SHUTDOWN_DELAY", "1s");
        try (AppProcess other = new AppProcess(JAR, env).start().awaitReady()) {
            assertEquals(404, other.get("/q/graphql-ui/").statusCode());
            data(other, "{ actors(first: 1) { totalCount } }");

            // A request whose body is still arriving when SIGTERM comes: the server has begun it,
            // so it must finish it, answer 200, and only then exit.
            String body = "{\"query\": \"{ actors(first: 1) { totalCount } }\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("localhost", other.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes, 0, 10);
                out.flush();
                AppProcess.sleep(500);
                ProcessHandle.of(other.pid()).orElseThrow().destroy(); // SIGTERM
                AppProcess.sleep(1500);
                assertTrue(other.isAlive(), "the server waits for the request in flight");
                out.write(bytes, 10, bytes.length - 10);
                out.flush();
                InputStream in = socket.getInputStream();
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 200"), response);
                assertTrue(response.contains("\"totalCount\":"), response);
            }
            AppProcess.assertStoppedBySigterm(other.awaitExit(60), other);

            String log = other.log();
            List<String> lines = log.lines().filter(l -> !l.isBlank()).toList();
            assertFalse(lines.isEmpty());
            for (String line : lines) {
                if (line.startsWith("{")) {
                    JsonNode record = Json.parse(line);
                    assertTrue(record.has("message") && record.has("level") && record.has("timestamp"), line);
                } else {
                    // the JVM's own warnings before logging starts are not ours to format
                    assertTrue(line.startsWith("OpenJDK") || line.startsWith("WARNING") || line.startsWith("["), () -> "not a JSON log line: " + line);
                }
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"loggerName\"")), log);
        }
    }

    static String grep(String text, String word) {
        return String.join("\n", text.lines().filter(l -> l.contains(word)).limit(40).toList());
    }
}
