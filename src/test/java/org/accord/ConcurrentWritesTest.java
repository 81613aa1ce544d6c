package org.accord;

import static org.accord.support.Fixtures.map;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.accord.support.Fixtures;
import org.accord.support.GraphQl;
import org.junit.jupiter.api.Test;

/**
 * Many clients writing the same records at the same moment, over HTTP: optimistic locking lets
 * exactly one of several updates of one version win, and overlapping dossier imports neither
 * duplicate an actor or a source nor fail (the importer retries an import that lost a race for a
 * natural key). {@link ConcurrentWritesPostgresTest} runs the same tests on PostgreSQL, where READ
 * COMMITTED lets concurrent imports see each other's commits between their checks and writes.
 */
@QuarkusTest
class ConcurrentWritesTest {

    static final int THREADS = 16;

    static final String UPDATE_ACTOR = """
            mutation($in: UpdateActorInput!) { updateActor(input: $in) { actor { version name } } }""";
    static final String READ_ACTOR = """
            query($id: ID!) { actor(id: $id) { version name description names { value kind } } }""";
    static final String IMPORT = """
            mutation($json: String!) { importDossier(input: {json: $json}) { dossier created linked } }""";

    @Inject
    EntityManager em;

    // ---- parallel updates of one record ----------------------------------------------------------

    @Test
    void ofParallelUpdatesOfOneVersionExactlyOneWinsAndTheOthersGetConflict() throws Exception {
        String id = Fixtures.actor(Fixtures.unique("Contested"));
        for (int round = 0; round < 3; round++) {
            int version = round;
            List<Callable<JsonPath>> updates = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String name = "Contested round " + round + " writer " + t + " " + UUID.randomUUID();
                updates.add(() -> GraphQl.post(UPDATE_ACTOR, vars("in", map("id", id, "expectedVersion", version, "kind", "PERSON",
                        "name", name, "description", "by " + name, "names", List.of(map("value", "alias of " + name, "kind", "ALIAS"))))));
            }
            List<JsonPath> responses = allAtOnce(updates);

            List<String> winners = new ArrayList<>();
            for (JsonPath r : responses) {
                if (r.get("errors") == null) {
                    assertEquals(version + 1, r.getInt("data.updateActor.actor.version"), r::prettify);
                    winners.add(r.getString("data.updateActor.actor.name"));
                } else {
                    assertEquals(1, r.getList("errors").size(), r::prettify);
                    assertEquals("CONFLICT", r.getString("errors[0].extensions.code"), r::prettify);
                }
            }
            assertEquals(1, winners.size(), () -> "exactly one writer wins: " + winners);

            String winner = winners.get(0);
            JsonPath stored = data(READ_ACTOR, "id", id);
            assertEquals(version + 1, stored.getInt("actor.version"), "the version moved by one");
            assertEquals(winner, stored.getString("actor.name"), "the stored record is the winner's input");
            assertEquals("by " + winner, stored.getString("actor.description"));
            assertEquals(List.of(Map.of("value", "alias of " + winner, "kind", "ALIAS")), stored.getList("actor.names"),
                    "the names are the winner's, none of a loser's");
        }
    }

    // ---- parallel imports of overlapping dossiers ------------------------------------------------

    /**
     * Each dossier shares with all others: two actors by key (with their external ids), one actor
     * under its own key but with a shared external id, one source by key and url, one source under
     * its own key but with a shared url; and has its own actor, source and event, the event citing
     * the shared sources and naming the shared actors. Half the dossiers list the shared actors in
     * the other order, so that writers also meet in opposite orders.
     */
    @Test
    void overlappingDossiersImportedInParallelAllSucceedWithoutDuplicates() throws Exception {
        String s = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String qa = fakeWikidata();
        String qb = fakeWikidata();
        String qc = fakeWikidata();
        List<Callable<JsonPath>> imports = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String json = overlappingDossier(s, t, qa, qb, qc);
            imports.add(() -> GraphQl.post(IMPORT, vars("json", json)));
        }
        List<JsonPath> responses = allAtOnce(imports);

        for (JsonPath r : responses) {
            assertNull(r.get("errors"), () -> "every import succeeds (a lost race is retried): " + r.prettify());
            assertNotNull(r.get("data.importDossier.dossier"), r::prettify);
        }
        String urls = "https://example.org/concurrency/" + s + "/%";
        assertEquals(List.of(), count("select url, count(*) from source where url like ?1 group by url having count(*) > 1", urls),
                "no url is stored twice");
        assertEquals(THREADS + 2L, single("select count(*) from source where url like ?1", urls),
                "one shared source, one source behind the shared url, and each dossier's own");
        for (String q : List.of(qa, qb, qc)) {
            assertEquals(1L, single("select count(*) from external_id where scheme = 'WIKIDATA' and identifier = ?1", q), q);
        }
        assertEquals(THREADS + 3L, single("select count(*) from actor where dossier_key like ?1", "%." + s),
                "two shared actors, one actor behind the shared external id, and each dossier's own");
        assertEquals(1L, single("""
                select count(distinct p.actor_id) from participation p join event e on e.id = p.event_id
                where e.dossier_key like ?1 and p.role = 'MEDIATOR'""", "event.%." + s),
                "every dossier's event names the one actor behind the shared external id");
        assertEquals((long) THREADS, single("select count(*) from event where dossier_key like ?1", "event.%." + s));
        assertEquals(4L * THREADS, single("""
                select count(*) from participation p join event e on e.id = p.event_id where e.dossier_key like ?1""", "event.%." + s));
    }

    static String overlappingDossier(String s, int t, String qa, String qb, String qc) {
        String sharedA = """
                {"key": "actor.shared-a.{s}", "kind": "STATE", "name": "Shared A {s}", "externalIds": [{"scheme": "WIKIDATA", "value": "{qa}"}]}""";
        String sharedB = """
                {"key": "actor.shared-b.{s}", "kind": "STATE", "name": "Shared B {s}", "externalIds": [{"scheme": "WIKIDATA", "value": "{qb}"}]}""";
        String json = """
                {
                  "dossier": "concurrency-{t}-{s}",
                  "title": "Concurrent import {t}",
                  "sources": [
                    {"key": "source.shared.{s}", "publisher": "Test Wire", "title": "Shared {s}", "url": "https://example.org/concurrency/{s}/shared"},
                    {"key": "source.mirror-{t}.{s}", "publisher": "Test Wire", "title": "Mirror {t}", "url": "https://example.org/concurrency/{s}/mirror"},
                    {"key": "source.own-{t}.{s}", "publisher": "Test Wire", "title": "Own {t}", "url": "https://example.org/concurrency/{s}/own-{t}"}
                  ],
                  "actors": [
                    {first},
                    {second},
                    {"key": "actor.alias-{t}.{s}", "kind": "PERSON", "name": "Envoy as seen by {t} {s}", "externalIds": [{"scheme": "WIKIDATA", "value": "{qc}"}]},
                    {"key": "actor.own-{t}.{s}", "kind": "PERSON", "name": "Delegate {t} {s}"}
                  ],
                  "events": [
                    {"key": "event.talks-{t}.{s}", "kind": "MEETING", "status": "HELD", "title": "Talks {t} {s}", "start": "2024-05-0{d}",
                     "participants": [
                       {"actor": "actor.shared-a.{s}", "role": "PARTY", "attendance": "ATTENDED"},
                       {"actor": "actor.shared-b.{s}", "role": "PARTY", "attendance": "ATTENDED"},
                       {"actor": "actor.alias-{t}.{s}", "role": "MEDIATOR", "attendance": "ATTENDED"},
                       {"actor": "actor.own-{t}.{s}", "role": "OBSERVER", "attendance": "ATTENDED"}
                     ],
                     "citations": [{"source": "source.shared.{s}", "excerpt": "They met."}, {"source": "source.mirror-{t}.{s}", "excerpt": "They met, too."}]}
                  ]
                }""";
        return json.replace("{first}", t % 2 == 0 ? sharedA : sharedB).replace("{second}", t % 2 == 0 ? sharedB : sharedA)
                .replace("{s}", s).replace("{t}", Integer.toString(t)).replace("{d}", Integer.toString(1 + t % 9))
                .replace("{qa}", qa).replace("{qb}", qb).replace("{qc}", qc);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Runs every call on its own thread, released together, and returns their results in order. */
    static <T> List<T> allAtOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long single(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object> count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }

    /** A WIKIDATA-style id that no real item and no other test uses. */
    static String fakeWikidata() {
        return "Q9" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
    }
}
