package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL artifact while its database server goes away and comes back (twice), without
 * restarting the application: readiness reports DOWN (503); queries, mutations and imports fail
 * within a bound well under the pool's timeouts, with the code SERVICE_UNAVAILABLE and a message
 * that names no internals; once PostgreSQL is back on its port with its data, readiness is UP
 * again, every request succeeds and nothing stored before the outage is lost.
 */
class DatabaseOutageIT {

    static final String PASSWORD = "pg-Outage-2b7e";
    /** Upper bound for a failing request: the pool waits at most 5 s (acquisition) and 3 s (login). */
    static final long FAIL_FAST_MILLIS = 10_000;
    static final String COUNTS = "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } }";
    static final String CREATE_SOURCE = "mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }";
    static final String IMPORT = "mutation($json: String!) { importDossier(input: {json: $json}) { created } }";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private Postgres postgres;
    private AppProcess app;
    private int requests;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void duringADatabaseOutageRequestsFailFastWithACodeAndAllRecoversWithoutARestart() {
        Path data = Path.of("target", "outage-it", UUID.randomUUID().toString()).toAbsolutePath();
        postgres = new Postgres(PASSWORD, data);
        app = new AppProcess(PostgresJarIT.JAR, AppProcess.trustingTokens(postgres.env())).start().awaitReady();
        String stored = data(CREATE_SOURCE, Map.of("in", Map.of("publisher", "Outage test", "title", "Stored before the outages")))
                .at("/createSource/source/id").asText();
        JsonNode before = data(COUNTS, Map.of());

        int outages = 0;
        long slowest = 0;
        for (int cycle = 0; cycle < 2; cycle++) {
            postgres.stop();
            outages++;

            long start = System.nanoTime();
            HttpResponse<String> ready = app.get("/q/health/ready");
            slowest = Math.max(slowest, elapsed(start));
            assertEquals(503, ready.statusCode(), ready::body);
            assertEquals("DOWN", Json.parse(ready.body()).get("status").asText(), ready::body);
            assertEquals(200, app.get("/q/health/live").statusCode(), "the process itself is alive");

            for (int i = 0; i < 5; i++) {
                slowest = Math.max(slowest, assertUnavailable(COUNTS, Map.of(), GRAPHQL_RESPONSE));
            }
            slowest = Math.max(slowest, assertUnavailable(COUNTS, Map.of(), "application/json"));
            // a persisted query's hash cannot be looked up either
            String apq = "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + "c".repeat(63) + cycle + "\"}}}";
            HttpResponse<String> hashOnly = app.post(apq);
            assertEquals(200, hashOnly.statusCode(), hashOnly::body); // application/json: 200
            assertEquals("SERVICE_UNAVAILABLE", Json.parse(hashOnly.body()).at("/errors/0/extensions/code").asText(), hashOnly::body);
            slowest = Math.max(slowest, assertUnavailable(CREATE_SOURCE,
                    Map.of("in", Map.of("publisher", "Outage test", "title", "Written during outage " + cycle)), GRAPHQL_RESPONSE));
            slowest = Math.max(slowest, assertUnavailable(IMPORT, Map.of("json", """
                    {"dossier": "outage-%d", "title": "Imported during an outage",
                     "sources": [{"key": "source.outage-%d", "publisher": "Outage test", "title": "Imported during outage"}]}"""
                    .formatted(cycle, cycle)), GRAPHQL_RESPONSE));

            postgres.start();
            long down = System.nanoTime();
            awaitReady(down);
            // every request now succeeds: no broken pooled connection is handed out any more
            for (int i = 0; i < 20; i++) {
                assertEquals(before, data(COUNTS, Map.of()), "nothing was lost and nothing was written during the outage");
            }
            JsonNode node = data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", stored)).get("node");
            assertTrue(node != null && !node.isNull(), "the source stored before the outage is there");
        }
        String written = data(CREATE_SOURCE, Map.of("in", Map.of("publisher", "Outage test", "title", "Written after the outages")))
                .at("/createSource/source/id").asText();
        assertFalse(written.isEmpty());
        assertEquals(before.at("/sources/totalCount").asInt() + 1, data(COUNTS, Map.of()).at("/sources/totalCount").asInt());
        System.out.printf("DatabaseOutageIT: %d requests, %d outages, slowest failing request %d ms, 0 records lost%n",
                requests, outages, slowest);
    }

    /** Sends a request while the database is down; asserts how it fails; returns how long it took (ms). */
    private long assertUnavailable(String query, Map<String, Object> variables, String accept) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(query, variables, accept);
        long millis = elapsed(start);
        assertTrue(millis < FAIL_FAST_MILLIS, () -> "failed fast: " + millis + " ms");
        if (accept.equals(GRAPHQL_RESPONSE)) {
            assertEquals(503, response.statusCode(), response::body);
            assertEquals("5", response.headers().firstValue("Retry-After").orElse(null));
        } else {
            assertEquals(200, response.statusCode(), response::body);
        }
        JsonNode body = Json.parse(response.body());
        // Nothing answered: no data, or (for a mutation, whose payload is nullable) every field null.
        JsonNode data = body.path("data");
        assertTrue(data.isNull() || data.isObject() && java.util.stream.StreamSupport.stream(data.spliterator(), false).allMatch(JsonNode::isNull),
                response::body);
        JsonNode errors = body.get("errors");
        assertTrue(errors != null && errors.size() > 0, response::body);
        for (JsonNode error : errors) { // one per root field
            assertEquals("SERVICE_UNAVAILABLE", error.at("/extensions/code").asText(), response::body);
            assertEquals("The database is unavailable; try again shortly", error.get("message").asText());
        }
        for (String leak : List.of("SQL", "PSQLException", "JDBCConnectionException", "org.", "java.", "jdbc", "postgres", "Connection refused", "HHH", "Sorry")) {
            assertFalse(response.body().contains(leak), () -> "'" + leak + "' in " + response.body());
        }
        return millis;
    }

    private void awaitReady(long since) {
        while (true) {
            try {
                if (app.get("/q/health/ready").statusCode() == 200) {
                    System.out.printf("DatabaseOutageIT: ready again %d ms after PostgreSQL started%n", elapsed(since));
                    return;
                }
            } catch (RuntimeException notYet) {
                // keep polling
            }
            assertTrue(elapsed(since) < 60_000, () -> "readiness did not come back: " + app.log());
            AppProcess.sleep(200);
        }
    }

    private JsonNode data(String query, Map<String, Object> variables) {
        HttpResponse<String> response = send(query, variables, "application/json");
        assertEquals(200, response.statusCode(), response::body);
        JsonNode body = Json.parse(response.body());
        assertTrue(body.path("errors").isMissingNode(), response::body);
        return body.get("data");
    }

    /** Every GraphQL request of this test goes through here (one place to add headers). */
    private HttpResponse<String> send(String query, Map<String, Object> variables, String accept) {
        requests++;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/graphql"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", accept)
                .header("Authorization", AppProcess.editorAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.valueToTree(body).toString())).build();
        try {
            return AppProcess.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long elapsed(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
