package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash consistency of the embedded H2 file database: the packaged jar is killed with SIGKILL
 * (no shutdown hook runs, nothing is flushed) while a large dossier import is writing, and
 * restarted on the same file. The server must start, the import must be whole or absent, and
 * everything stored before (the seed, an earlier import, a write acknowledged just before the
 * kill) must still be there. Three kills: early in the import's writes, later in them, and just
 * after the import was acknowledged (then it must be whole).
 */
class CrashConsistencyIT {

    static final Path JAR = Path.of(System.getProperty("accord.jar", "target/quarkus-app/quarkus-run.jar"));
    static final String IMPORT = "mutation($json: String!) { importDossier(input: {json: $json}) { dossier created linked } }";
    static final String COUNTS = "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } events(first: 0) { totalCount }"
            + " statements(first: 0) { totalCount } commitments(first: 0) { totalCount } processes(first: 0) { totalCount } }";
    /**
     * Large enough that writing takes several seconds on the build machine (about 60,000 rows),
     * well over the 2 s after which the second kill comes: with a third of it, writing took 1.6-1.9 s
     * once batch queries kept their Hibernate plans, and the import could finish before the kill.
     */
    static final int ACTORS = 9000;
    static final int EVENTS = 3000;

    private AppProcess app;
    private int requests;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void killedDuringALargeImportTheServerRestartsWithTheImportWholeOrAbsentAndNoEarlierDataLost() throws Exception {
        Path db = Path.of("target", "crash-it", UUID.randomUUID().toString(), "accord").toAbsolutePath();
        Map<String, String> env = AppProcess.trustingTokens(Map.of(
                "ACCORD_H2_PATH", db.toString(),
                // the importer logs at DEBUG when its checks have passed and it starts writing
                "QUARKUS_LOG_CATEGORY__ORG_ACCORD_DOSSIER__LEVEL", "DEBUG",
                // the import must take seconds: above the default dossier limits (10,000 objects, 5 MB)
                "ACCORD_LIMITS_DOSSIER_MAX_RECORDS", "100000", "ACCORD_LIMITS_DOSSIER_MAX_BYTES", "50M"));
        app = new AppProcess(JAR, env).start().awaitReady();
        Map<String, Integer> seeded = counts();
        assertEquals(11, seeded.get("sources"), seeded::toString);
        assertEquals(19, seeded.get("actors"), seeded::toString);

        // earlier data: a dossier imported and acknowledged before any crash
        JsonNode earlier = data(IMPORT, Map.of("json", largeDossier(9, 20, 10)));
        assertEquals(created(20, 10), earlier.at("/importDossier/created").asInt(), earlier::toString);
        List<String> acknowledged = new ArrayList<>();

        int kills = 0;
        for (long delayMillis : new long[] {0, 2000, -1}) {
            boolean afterAcknowledgement = delayMillis < 0;
            String name = "crash-" + kills;
            Map<String, Integer> before = counts();
            String json = largeDossier(kills, ACTORS, EVENTS);

            long sent = System.nanoTime();
            CompletableFuture<HttpResponse<String>> pending = send(IMPORT, Map.of("json", json));
            if (afterAcknowledgement) {
                HttpResponse<String> done = pending.get(120, TimeUnit.SECONDS);
                assertEquals(200, done.statusCode(), done::body);
                assertTrue(Json.parse(done.body()).path("errors").isMissingNode(), done::body);
            } else {
                awaitLog("Dossier " + name + " passed its checks; writing", pending);
                AppProcess.sleep(delayMillis);
            }
            // a small write acknowledged just before the kill must survive it
            JsonNode source = data("mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }",
                    Map.of("in", Map.of("publisher", "Crash test", "title", "Acknowledged before kill " + kills)));
            acknowledged.add(source.at("/createSource/source/id").asText());
            if (!afterAcknowledgement) {
                assertFalse(pending.isDone(), () -> "the import had not returned when the server was killed: it was in the middle");
            }

            ProcessHandle.of(app.pid()).orElseThrow().destroyForcibly(); // SIGKILL
            assertEquals(137, app.awaitExit(30), "killed by SIGKILL");
            kills++;
            long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            if (!afterAcknowledgement) {
                assertThrows(pending);
            }

            app = new AppProcess(JAR, env).start().awaitReady();
            Map<String, Integer> after = counts();
            Map<String, Integer> absent = plus(before, Map.of("sources", 1));
            Map<String, Integer> whole = plus(before, Map.of("sources", 1 + 1, "actors", ACTORS, "events", EVENTS, "processes", 1));
            if (afterAcknowledgement) {
                assertEquals(whole, after, "an acknowledged import is whole after a crash");
            } else {
                assertTrue(after.equals(absent) || after.equals(whole),
                        () -> "the import is whole or absent: before " + before + ", after " + after);
            }
            System.out.printf("CrashConsistencyIT: kill %d, %d ms after sending the import (%s): import %s%n", kills, killedAfter,
                    afterAcknowledgement ? "after its response" : "before its response", after.equals(whole) ? "whole" : "absent");

            // nothing stored before is lost: the seed, the earlier import, every acknowledged write
            JsonNode earlierActor = data("{ resolveActors(name: \"Delegate crash-9 19\") { key } }");
            assertEquals("actor.crash-9.19", earlierActor.at("/resolveActors/0/key").asText(), earlierActor::toString);
            for (String id : acknowledged) {
                JsonNode node = data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).get("node");
                assertTrue(node != null && !node.isNull(), "acknowledged write " + id + " survived");
            }
            JsonNode baku = data("{ resolveActors(name: \"Baku\") { name } }");
            assertEquals("Government of Azerbaijan", baku.at("/resolveActors/0/name").asText(), "the seed's actors");
        }
        System.out.printf("CrashConsistencyIT: %d requests, %d kills (SIGKILL), 0 acknowledged writes lost%n", requests, kills);
    }

    /**
     * A dossier with one process, one source, {@code actors} actors (each with two names, an
     * external id and a citation) and {@code events} events (each with three participants and a
     * citation); keys, urls and external ids are unique to {@code n} (0-9).
     */
    static String largeDossier(int n, int actors, int events) {
        String name = "crash-" + n;
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.put("dossier", name);
        d.put("title", "Crash test " + name);
        ArrayNode sources = d.putArray("sources");
        sources.addObject().put("key", "source." + name).put("publisher", "Crash Wire").put("title", "Report " + name)
                .put("url", "https://example.org/crash/" + name);
        d.putArray("processes").addObject().put("key", "process." + name).put("name", "Process " + name);
        ArrayNode list = d.putArray("actors");
        for (int i = 0; i < actors; i++) {
            ObjectNode a = list.addObject().put("key", "actor." + name + "." + i).put("kind", "PERSON").put("name", "Delegate " + name + " " + i);
            ArrayNode names = a.putArray("names");
            names.addObject().put("value", "D. " + name + " " + i).put("kind", "ALIAS");
            names.addObject().put("value", "Delegate no. " + i + " of " + name).put("kind", "SHORT");
            a.putArray("externalIds").addObject().put("scheme", "WIKIDATA").put("value", "Q7" + n + String.format("%05d", i));
            a.putArray("citations").addObject().put("source", "source." + name).put("excerpt", "Delegate " + i + " attended.");
        }
        ArrayNode eventList = d.putArray("events");
        for (int i = 0; i < events; i++) {
            ObjectNode e = eventList.addObject().put("key", "event." + name + "." + i).put("kind", "MEETING").put("status", "HELD")
                    .put("title", "Session " + i + " of " + name).put("start", "2024-0" + (1 + i % 9) + "-1" + (i % 10))
                    .put("process", "process." + name);
            ArrayNode participants = e.putArray("participants");
            for (int p = 0; p < 3; p++) {
                participants.addObject().put("actor", "actor." + name + "." + ((i * 3 + p) % actors)).put("role", "PARTY").put("attendance", "ATTENDED");
            }
            e.putArray("citations").addObject().put("source", "source." + name).put("excerpt", "Session " + i + " was held.");
        }
        return d.toString();
    }

    /** What the importer reports as created for such a dossier: source, process, actors, events and participations. */
    static int created(int actors, int events) {
        return 1 + 1 + actors + events + 3 * events;
    }

    // ---- talking to the server ---------------------------------------------------------------------

    /** Every GraphQL request of this test goes through here (one place to add headers). */
    private CompletableFuture<HttpResponse<String>> send(String query, Map<String, Object> variables) {
        requests++;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/graphql"))).timeout(Duration.ofSeconds(180))
                .header("Content-Type", "application/json").header("Authorization", AppProcess.editorAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.valueToTree(body).toString())).build();
        return AppProcess.HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode data(String query) {
        return data(query, Map.of());
    }

    private JsonNode data(String query, Map<String, Object> variables) {
        HttpResponse<String> response = send(query, variables).join();
        assertEquals(200, response.statusCode(), response::body);
        JsonNode body = Json.parse(response.body());
        assertTrue(body.path("errors").isMissingNode(), response::body);
        return body.get("data");
    }

    private Map<String, Integer> counts() {
        JsonNode data = data(COUNTS);
        Map<String, Integer> counts = new LinkedHashMap<>();
        data.properties().forEach(f -> counts.put(f.getKey(), f.getValue().get("totalCount").asInt()));
        return counts;
    }

    private static Map<String, Integer> plus(Map<String, Integer> base, Map<String, Integer> added) {
        Map<String, Integer> sum = new LinkedHashMap<>(base);
        added.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return sum;
    }

    /** Waits for {@code line} in the server's log while the import is still running. */
    private void awaitLog(String line, CompletableFuture<HttpResponse<String>> pending) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!app.log().contains(line)) {
            assertFalse(pending.isDone(), () -> "the import returned before it was seen writing: " + pending.join().body());
            assertTrue(System.nanoTime() < deadline, () -> "no '" + line + "' in the log: " + app.log());
            AppProcess.sleep(20);
        }
    }

    /** The request in flight when the server died got no response. */
    private static void assertThrows(CompletableFuture<HttpResponse<String>> pending) throws InterruptedException {
        try {
            HttpResponse<String> response = pending.get(30, TimeUnit.SECONDS);
            throw new AssertionError("the killed server answered the import: " + response.statusCode() + " " + response.body());
        } catch (ExecutionException expected) {
            // connection closed without a response
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the import request neither failed nor returned after the kill");
        }
    }
}
