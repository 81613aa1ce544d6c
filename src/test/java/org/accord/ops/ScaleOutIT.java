package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the PostgreSQL artifact on one PostgreSQL database, as behind a load balancer:
 * a write through one is read through the other, and cursors and global ids issued by one are
 * valid on the other, and a query registered through one (automatic persisted queries) runs on the
 * other by its hash. A second test starts both at once on an empty database.
 *
 * <p>The write goes through {@code importDossier}, with an editor's token from a key pair made for
 * the test (both instances trust its public key). The system property {@code accord.it.write-headers}
 * replaces those headers ({@code Name: value} pairs separated by {@code \n}), and
 * {@code accord.it.env} extends the instances' environment ({@code NAME=value} pairs), to run this
 * against another identity provider's tokens.
 */
class ScaleOutIT {

    static final Path JAR = PostgresJarIT.JAR;
    private static Map<String, String> writeHeaders() {
        String configured = System.getProperty("accord.it.write-headers", "");
        return configured.isBlank() ? Map.of("Authorization", AppProcess.editorAuthorization()) : pairs(configured, ":");
    }

    @Test
    void twoInstancesShareOneDatabase() {
        try (Postgres postgres = new Postgres("scale-Out-pw-91d0")) {
            Map<String, String> env = AppProcess.trustingTokens(postgres.env());
            env.putAll(pairs(System.getProperty("accord.it.env", ""), "="));
            try (AppProcess a = new AppProcess(JAR, env); AppProcess b = new AppProcess(JAR, env)) {
                // A migrates and seeds the empty database; B starts on it (rolling start)
                a.start().awaitReady();
                b.start().awaitReady();

                // the seed is there once, whichever instance loaded it
                for (AppProcess instance : List.of(a, b)) {
                    JsonNode counts = PostgresJarIT.data(instance, "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } }");
                    assertEquals(11, counts.at("/sources/totalCount").asInt(), counts::toString);
                    assertEquals(19, counts.at("/actors/totalCount").asInt(), counts::toString);
                }

                // a write through A ...
                String dossier = """
                        {"dossier": "scale-out-check", "title": "Scale-out check",
                         "sources": [{"key": "source.scale-out", "publisher": "Test", "title": "Written on A", "url": "https://example.org/scale-out"}],
                         "actors": [{"key": "actor.scale-out-envoy", "kind": "PERSON", "name": "Scale Out Envoy"}]}""";
                HttpResponse<String> imported = a.graphql("mutation($json: String!) { importDossier(input: {json: $json}) { dossier created } }",
                        "{\"json\": " + Json.quote(dossier) + "}", writeHeaders());
                assertEquals(200, imported.statusCode(), imported::body);
                JsonNode result = Json.parse(imported.body());
                assertEquals(2, result.at("/data/importDossier/created").asInt(), imported::body);

                // ... is read through B, and its id issued by A names it on B
                JsonNode onA = PostgresJarIT.data(a, "{ resolveActors(name: \"scale out envoy\") { id name } }");
                String id = onA.at("/resolveActors/0/id").asText();
                JsonNode onB = PostgresJarIT.data(b, "{ node(id: \"" + id + "\") { ... on Actor { id name } } }");
                assertEquals("Scale Out Envoy", onB.at("/node/name").asText(), onB::toString);
                assertEquals(id, onB.at("/node/id").asText());
                JsonNode sourcesOnB = PostgresJarIT.data(b, "{ sources(first: 0) { totalCount } }");
                assertEquals(12, sourcesOnB.at("/sources/totalCount").asInt());

                // a cursor from A continues the same list on B, in both directions
                JsonNode firstPage = PostgresJarIT.data(a, "{ actors(first: 5) { pageInfo { endCursor } nodes { id } } }");
                String cursor = firstPage.at("/actors/pageInfo/endCursor").asText();
                String query = "{ actors(first: 5, after: \"" + cursor + "\") { nodes { id name } } }";
                JsonNode nextOnA = PostgresJarIT.data(a, query);
                JsonNode nextOnB = PostgresJarIT.data(b, query);
                assertEquals(nextOnA, nextOnB);
                assertEquals(5, nextOnB.at("/actors/nodes").size());
                List<String> firstIds = ids(firstPage.at("/actors/nodes"));
                assertTrue(ids(nextOnB.at("/actors/nodes")).stream().noneMatch(firstIds::contains));
                JsonNode edgesOnA = PostgresJarIT.data(a, "{ actors(first: 6) { edges { cursor } } }");
                String sixth = edgesOnA.at("/actors/edges/5/cursor").asText();
                JsonNode backFromSixthOnB = PostgresJarIT.data(b, "{ actors(last: 5, before: \"" + sixth + "\") { nodes { id } } }");
                assertEquals(firstIds, ids(backFromSixthOnB.at("/actors/nodes")));

                // a query a client registered through A (automatic persisted queries) runs on B by its hash alone
                String persisted = "{ scaleOut" + System.nanoTime() + ": __typename }";
                String hash = sha256(persisted);
                String extension = "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
                HttpResponse<String> registers = a.post("{\"query\": " + Json.quote(persisted) + ", " + extension + "}");
                assertEquals(200, registers.statusCode(), registers::body);
                assertTrue(Json.parse(registers.body()).path("errors").isMissingNode(), registers::body); // application/json: 200 even for errors
                HttpResponse<String> onlyTheHash = b.post("{" + extension + "}");
                assertEquals(200, onlyTheHash.statusCode(), onlyTheHash::body);
                assertEquals("Query", Json.parse(onlyTheHash.body()).at("/data").elements().next().asText(), onlyTheHash::body);

                // both stop in order on SIGTERM
                AppProcess.assertStoppedBySigterm(a.stop(), a);
                AppProcess.assertStoppedBySigterm(b.stop(), b);
            }
        }
    }

    /**
     * Two instances started at once on an empty database: both run Flyway (serialised by its lock)
     * and queue on the seed lock: one loads the seed dossiers, the other finds them and skips.
     */
    @Test
    void twoInstancesStartAtOnceOnAnEmptyDatabase() {
        try (Postgres postgres = new Postgres("scale-Out-pw-91d0")) {
            Map<String, String> env = new HashMap<>(postgres.env());
            env.putAll(pairs(System.getProperty("accord.it.env", ""), "="));
            try (AppProcess a = new AppProcess(JAR, env); AppProcess b = new AppProcess(JAR, env)) {
                a.start();
                b.start();
                a.awaitReady();
                b.awaitReady();
                for (AppProcess instance : List.of(a, b)) {
                    JsonNode counts = PostgresJarIT.data(instance, "{ sources(first: 0) { totalCount } actors(first: 0) { totalCount } }");
                    assertEquals(11, counts.at("/sources/totalCount").asInt(), counts::toString);
                    assertEquals(19, counts.at("/actors/totalCount").asInt(), counts::toString);
                }
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    /** Parses "A=1\nB=2" (or "Name: value" lines) into a map. */
    static Map<String, String> pairs(String text, String separator) {
        Map<String, String> map = new HashMap<>();
        for (String line : text.split("\\\\n|\n")) {
            int at = line.indexOf(separator);
            if (at > 0) {
                map.put(line.substring(0, at).trim(), line.substring(at + separator.length()).trim());
            }
        }
        return map;
    }
}
