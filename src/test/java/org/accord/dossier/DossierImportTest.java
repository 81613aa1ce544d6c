package org.accord.dossier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.support.GraphQl;
import org.junit.jupiter.api.Test;

/**
 * The dossier importer, end to end: every dossier goes in through the real GraphQL mutation over
 * HTTP, and what it stored is read back through the GraphQL queries, or — to prove that a
 * rejected or repeated import changes nothing — through a digest of every table of the schema.
 *
 * <p>The database is shared with the other test classes of the run and already holds the seed
 * dossiers, so every test uses keys, names, urls and external ids with a fresh random suffix,
 * compares row counts only as before/after differences, and depends on no other test.
 * {@link DossierImportPostgresTest} runs the same tests on PostgreSQL.
 */
@QuarkusTest
class DossierImportTest {

    static final String IMPORT = """
            mutation($json: String!) { importDossier(input: {json: $json}) { dossier created linked } }""";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every table that V1__schema.sql creates, read from the migration itself so that none is forgotten. */
    private static final List<String> TABLES = tablesOfSchema();

    @Inject
    EntityManager em;

    // =========================================================================================
    // A valid dossier that uses every kind of record and every kind of link
    // =========================================================================================

    /**
     * One valid dossier with fresh keys: {@code s} is the suffix of every key, name and url, and
     * {@code q1..q3} are fake WIKIDATA ids of its three actors.
     */
    record Fixture(String s, String q1, String q2, String q3, String json) {

        static Fixture fresh() {
            String s = suffix();
            String q1 = fakeWikidata();
            String q2 = fakeWikidata();
            String q3 = fakeWikidata();
            return new Fixture(s, q1, q2, q3, VALID.replace("{s}", s).replace("{q1}", q1).replace("{q2}", q2).replace("{q3}", q3));
        }

        ObjectNode tree() {
            return DossierImportTest.tree(json);
        }
    }

    /*
     * Keyed records: 1 source, 1 process, 3 actors, 1 affiliation, 2 places, 2 events,
     * 2 statements, 2 commitments = 14. Participations: 3 in the talks + 1 in the release = 4.
     */
    static final int KEYED_RECORDS = 14;
    static final int PARTICIPATIONS = 4;

    private static final String VALID = """
            {
              "$schema": "../dossier.schema.json",
              "dossier": "dossier-{s}",
              "title": "Freedonia and Sylvania agree to exchange prisoners ({s})",
              "description": "Built by DossierImportTest; every fact is invented.",
              "sources": [
                {"key": "source.{s}", "publisher": "Test Gazette", "title": "Freedonia and Sylvania talk {s}",
                 "url": "https://example.org/accord-test/{s}", "published": "2024-03-06", "language": "en"}
              ],
              "processes": [
                {"key": "process.{s}", "name": "Freedonia-Sylvania talks {s}", "description": "Talks between two invented states.",
                 "citations": [{"source": "source.{s}", "excerpt": "The talks began in March.", "locator": "paragraph 1"}]}
              ],
              "actors": [
                {"key": "actor.freedonia.{s}", "kind": "STATE", "name": "Freedonia {s}",
                 "names": [{"value": "Fredonia {s}", "kind": "ALIAS", "language": "en"}, {"value": "Freeburg {s}", "kind": "METONYM"}],
                 "countryCode": "XFR", "description": "An invented state.",
                 "externalIds": [{"scheme": "WIKIDATA", "value": "{q1}"}],
                 "citations": [{"source": "source.{s}", "excerpt": "Freedonia took part.", "locator": "paragraph 2"}]},
                {"key": "actor.sylvania.{s}", "kind": "STATE", "name": "Sylvania {s}",
                 "names": [{"value": "Republic of Sylvania {s}", "kind": "OFFICIAL"}],
                 "countryCode": "XSY",
                 "externalIds": [{"scheme": "WIKIDATA", "value": "{q2}"}],
                 "citations": [{"source": "source.{s}", "excerpt": "Sylvania took part.", "locator": "paragraph 2"}]},
                {"key": "actor.envoy.{s}", "kind": "PERSON", "name": "Rufus Firefly {s}",
                 "names": [{"value": "R. T. Firefly {s}", "kind": "ALIAS"}],
                 "externalIds": [{"scheme": "WIKIDATA", "value": "{q3}"}],
                 "citations": [{"source": "source.{s}", "excerpt": "The envoy mediated.", "locator": "paragraph 3"}]}
              ],
              "affiliations": [
                {"key": "affiliation.envoy.{s}", "actor": "actor.envoy.{s}", "organization": "actor.freedonia.{s}",
                 "position": "Special Envoy", "start": "2023~",
                 "citations": [{"source": "source.{s}", "excerpt": "Freedonia's special envoy.", "locator": "paragraph 3"}]}
              ],
              "places": [
                {"key": "place.country.{s}", "name": "Sylvania {s}", "kind": "COUNTRY", "countryCode": "XSY",
                 "citations": [{"source": "source.{s}", "excerpt": "In Sylvania.", "locator": "paragraph 1"}]},
                {"key": "place.city.{s}", "name": "Sylvania City {s}", "kind": "CITY", "countryCode": "XSY",
                 "within": "place.country.{s}", "latitude": 45.5, "longitude": 12.25,
                 "citations": [{"source": "source.{s}", "excerpt": "In the capital.", "locator": "paragraph 1"}]}
              ],
              "events": [
                {"key": "event.talks.{s}", "kind": "MEETING", "status": "HELD", "title": "Talks in Sylvania City {s}",
                 "summary": "The two states met under the envoy's mediation.",
                 "start": "2024-03-05", "end": "2024-03-06", "place": "place.city.{s}", "process": "process.{s}",
                 "magnitude": {"amount": 12, "unit": "delegates", "qualifier": "ABOUT"},
                 "cameoCode": "043", "ploverCategory": "CONSULT", "ploverMode": "in_person",
                 "participants": [
                   {"actor": "actor.freedonia.{s}", "role": "PARTY", "attendance": "ATTENDED",
                    "citations": [{"source": "source.{s}", "excerpt": "Freedonia attended."}]},
                   {"actor": "actor.sylvania.{s}", "role": "PARTY", "attendance": "ATTENDED"},
                   {"actor": "actor.envoy.{s}", "role": "MEDIATOR", "attendance": "ATTENDED",
                    "citations": [{"source": "source.{s}", "excerpt": "The envoy mediated."}]}
                 ],
                 "citations": [{"source": "source.{s}", "excerpt": "They met on 5 March.", "locator": "paragraph 1"}]},
                {"key": "event.release.{s}", "kind": "PRISONER_RELEASE", "status": "HELD", "title": "Sylvania releases 32 servicemen {s}",
                 "start": "2024-04~",
                 "magnitude": {"amount": 32, "unit": "servicemen", "qualifier": "EXACT"},
                 "relations": [{"kind": "FOLLOWED", "event": "event.talks.{s}"}],
                 "participants": [{"actor": "actor.sylvania.{s}", "role": "PARTY", "attendance": "ATTENDED"}],
                 "citations": [{"source": "source.{s}", "excerpt": "The 32 were freed in April.", "locator": "paragraph 5"}]}
              ],
              "statements": [
                {"key": "statement.joint.{s}", "kind": "JOINT_STATEMENT", "summary": "Both states will release prisoners.",
                 "date": "2024-03-06", "authors": ["actor.freedonia.{s}", "actor.sylvania.{s}"],
                 "event": "event.talks.{s}", "process": "process.{s}",
                 "citations": [{"source": "source.{s}", "excerpt": "A joint statement was issued.", "locator": "paragraph 4"}]},
                {"key": "statement.reaction.{s}", "kind": "REACTION", "summary": "The envoy welcomes the statement.",
                 "date": "2024-03", "authors": ["actor.envoy.{s}"], "respondsTo": "statement.joint.{s}",
                 "quotes": [{"text": "A historic step {s}", "speaker": "actor.envoy.{s}"}],
                 "citations": [{"source": "source.{s}", "excerpt": "The envoy called it a historic step.", "locator": "paragraph 6"}]}
              ],
              "commitments": [
                {"key": "commitment.sylvania-releases.{s}", "kind": "PRISONER_RELEASE",
                 "description": "Sylvania releases 32 Freedonian servicemen.", "status": "FULFILLED",
                 "obligors": ["actor.sylvania.{s}"], "beneficiaries": ["actor.freedonia.{s}"],
                 "quantity": {"amount": 32, "unit": "servicemen", "qualifier": "EXACT"},
                 "deadline": "2024-06", "madeAt": "event.talks.{s}", "statement": "statement.joint.{s}", "process": "process.{s}",
                 "reciprocalTo": ["commitment.freedonia-releases.{s}"], "fulfilledBy": ["event.release.{s}"],
                 "history": [
                   {"status": "ANNOUNCED", "date": "2024-03-06", "note": "Announced in the joint statement.",
                    "citations": [{"source": "source.{s}", "excerpt": "Sylvania will release 32."}]},
                   {"status": "FULFILLED", "date": "2024-04~", "note": "All 32 released.",
                    "citations": [{"source": "source.{s}", "excerpt": "The 32 were freed in April."}]}
                 ],
                 "citations": [{"source": "source.{s}", "excerpt": "Sylvania will release 32.", "locator": "paragraph 4"}]},
                {"key": "commitment.freedonia-releases.{s}", "kind": "PRISONER_RELEASE",
                 "description": "Freedonia releases 2 Sylvanian servicemen.", "status": "ANNOUNCED",
                 "obligors": ["actor.freedonia.{s}"], "beneficiaries": ["actor.sylvania.{s}"],
                 "quantity": {"amount": 2, "unit": "servicemen", "qualifier": "EXACT"},
                 "deadline": "2024-03", "statement": "statement.joint.{s}",
                 "reciprocalTo": ["commitment.sylvania-releases.{s}"],
                 "citations": [{"source": "source.{s}", "excerpt": "Freedonia will release two.", "locator": "paragraph 4"}]}
              ]
            }
            """;

    // =========================================================================================
    // A valid dossier
    // =========================================================================================

    @Test
    void validDossierIsStoredAndCanBeReadBack() {
        Fixture f = Fixture.fresh();
        String s = f.s();
        Digest before = digest();

        Result result = importOk(f.json());

        /*
         * ImportContext.create() increments `created` once per keyed record it persists, and the
         * participant loop once per participation: 14 keyed records (1 source, 1 process, 3 actors,
         * 1 affiliation, 2 places, 2 events, 2 statements, 2 commitments) + 4 participations = 18.
         * Names, external ids, relations, authors, quotes, parties, fulfilments, history entries,
         * reciprocity pairs and citations are stored too but do not count.
         */
        assertEquals(new Result("dossier-" + s, 18, 0), result);
        assertEquals(KEYED_RECORDS + PARTICIPATIONS, result.created());

        // The rows really stored, table by table, as differences.
        Map<String, Long> delta = digest().countsMinus(before);
        Map<String, Long> expected = new TreeMap<>();
        expected.put("source", 1L);
        expected.put("process", 1L);
        expected.put("actor", 3L);
        expected.put("actor_name", 4L);        // Fredonia, Freeburg, Republic of Sylvania, R. T. Firefly
        expected.put("external_id", 3L);
        expected.put("affiliation", 1L);
        expected.put("place", 2L);
        expected.put("event", 2L);
        expected.put("event_relation", 1L);
        expected.put("participation", 4L);
        expected.put("statement", 2L);
        expected.put("statement_author", 3L);  // joint: 2, reaction: 1
        expected.put("quote", 1L);
        expected.put("commitment", 2L);
        expected.put("commitment_party", 4L);  // 1 obligor + 1 beneficiary each
        expected.put("reciprocity", 1L);       // both commitments name each other: one pair
        expected.put("fulfilment", 1L);
        expected.put("commitment_status_change", 2L);
        expected.put("citation", (long) countMatches(f.json(), "\"source\"\\s*:"));
        assertEquals(expected, delta);
        long keyedAndParticipations = delta.get("source") + delta.get("process") + delta.get("actor") + delta.get("affiliation")
                + delta.get("place") + delta.get("event") + delta.get("statement") + delta.get("commitment") + delta.get("participation");
        assertEquals(keyedAndParticipations, result.created(), "created must count exactly the keyed records and participations stored");

        // ---- Freedonia: the actor, its names, external id, citations and members
        JsonPath a = GraphQl.data("""
                query($name: String!) {
                  actors(filter: {name: $name}) {
                    totalCount
                    nodes {
                      id key kind name countryCode description
                      names { value kind language }
                      externalIds { scheme value }
                      sources { excerpt locator source { key url language published { edtf } } }
                      members { key position start { edtf approximate } actor { key name } }
                    }
                  }
                }""", "name", "Freedonia " + s).setRootPath("data.actors");
        assertEquals(1, a.getInt("totalCount"));
        assertEquals("actor.freedonia." + s, a.getString("nodes[0].key"));
        assertEquals("STATE", a.getString("nodes[0].kind"));
        assertEquals("Freedonia " + s, a.getString("nodes[0].name"));
        assertEquals("XFR", a.getString("nodes[0].countryCode"));
        assertEquals("An invented state.", a.getString("nodes[0].description"));
        assertEquals(List.of("Fredonia " + s, "Freeburg " + s), a.getList("nodes[0].names.value"));
        assertEquals(List.of("ALIAS", "METONYM"), a.getList("nodes[0].names.kind"));
        assertEquals(Arrays.asList("en", null), a.getList("nodes[0].names.language"));
        assertEquals(List.of(Map.of("scheme", "WIKIDATA", "value", f.q1())), a.getList("nodes[0].externalIds"));
        assertEquals(List.of("Freedonia took part."), a.getList("nodes[0].sources.excerpt"));
        assertEquals("paragraph 2", a.getString("nodes[0].sources[0].locator"));
        assertEquals("source." + s, a.getString("nodes[0].sources[0].source.key"));
        assertEquals("https://example.org/accord-test/" + s, a.getString("nodes[0].sources[0].source.url"));
        assertEquals("en", a.getString("nodes[0].sources[0].source.language"));
        assertEquals("2024-03-06", a.getString("nodes[0].sources[0].source.published.edtf"));
        assertEquals("affiliation.envoy." + s, a.getString("nodes[0].members[0].key"));
        assertEquals("Special Envoy", a.getString("nodes[0].members[0].position"));
        assertEquals("2023~", a.getString("nodes[0].members[0].start.edtf"));
        assertTrue(a.getBoolean("nodes[0].members[0].start.approximate"));
        assertEquals("actor.envoy." + s, a.getString("nodes[0].members[0].actor.key"));
        String freedoniaId = a.getString("nodes[0].id");

        // ---- resolveActors finds actors by their other names, ignoring case
        JsonPath r = GraphQl.data("""
                query($alias: String!, $metonym: String!, $official: String!) {
                  alias: resolveActors(name: $alias) { id key }
                  metonym: resolveActors(name: $metonym) { key }
                  official: resolveActors(name: $official) { key }
                }""", "alias", "FREDONIA " + s.toUpperCase(), "metonym", "freeburg " + s,
                "official", "Republic of Sylvania " + s).setRootPath("data");
        assertEquals(List.of(freedoniaId), r.getList("alias.id"));
        assertEquals(List.of("actor.freedonia." + s), r.getList("metonym.key"));
        assertEquals(List.of("actor.sylvania." + s), r.getList("official.key"));

        // ---- the envoy: affiliation, the event it mediated (place within place, process,
        // magnitude, participants, relation), its statement responding to the joint statement
        JsonPath e = GraphQl.data("""
                query($name: String!) {
                  actors(filter: {name: $name}) {
                    nodes {
                      key
                      affiliations { key position organization { key } }
                      mediatedEvents { nodes {
                        key kind status title summary
                        start { edtf earliest } end { edtf latest }
                        magnitude { amount unit qualifier }
                        cameoCode ploverCategory ploverMode
                        mediators { key }
                        place { key name kind latitude longitude within { key kind } }
                        process { key name description }
                        participants { role attendance actor { key } sources { excerpt source { key } } }
                        sources { excerpt locator source { key } }
                        statements { key }
                      } }
                      statements { nodes {
                        key kind summary date { edtf precision }
                        authors { key }
                        quotes { text speaker { key } }
                        sources { excerpt locator }
                        respondsTo { key kind summary date { edtf } authors { key } quotes { text } event { key } process { key } }
                      } }
                    }
                  }
                }""", "name", "Rufus Firefly " + s).setRootPath("data.actors.nodes[0]");
        assertEquals("actor.envoy." + s, e.getString("key"));
        assertEquals(List.of("affiliation.envoy." + s), e.getList("affiliations.key"));
        assertEquals("actor.freedonia." + s, e.getString("affiliations[0].organization.key"));

        assertEquals(1, e.getList("mediatedEvents.nodes").size());
        e.setRootPath("data.actors.nodes[0].mediatedEvents.nodes[0]");
        assertEquals("event.talks." + s, e.getString("key"));
        assertEquals("MEETING", e.getString("kind"));
        assertEquals("HELD", e.getString("status"));
        assertEquals("Talks in Sylvania City " + s, e.getString("title"));
        assertEquals("The two states met under the envoy's mediation.", e.getString("summary"));
        assertEquals("2024-03-05", e.getString("start.edtf"));
        assertEquals("2024-03-05", e.getString("start.earliest"));
        assertEquals("2024-03-06", e.getString("end.edtf"));
        assertEquals(12.0, e.getDouble("magnitude.amount"));
        assertEquals("delegates", e.getString("magnitude.unit"));
        assertEquals("ABOUT", e.getString("magnitude.qualifier"));
        assertEquals("043", e.getString("cameoCode"));
        assertEquals("CONSULT", e.getString("ploverCategory"));
        assertEquals("in_person", e.getString("ploverMode"));
        assertEquals(List.of("actor.envoy." + s), e.getList("mediators.key"));
        assertEquals("place.city." + s, e.getString("place.key"));
        assertEquals("Sylvania City " + s, e.getString("place.name"));
        assertEquals("CITY", e.getString("place.kind"));
        assertEquals(45.5, e.getDouble("place.latitude"));
        assertEquals(12.25, e.getDouble("place.longitude"));
        assertEquals("place.country." + s, e.getString("place.within.key"));
        assertEquals("COUNTRY", e.getString("place.within.kind"));
        assertEquals("process." + s, e.getString("process.key"));
        assertEquals("Freedonia-Sylvania talks " + s, e.getString("process.name"));
        assertEquals(List.of("actor.freedonia." + s, "actor.sylvania." + s, "actor.envoy." + s), e.getList("participants.actor.key"));
        assertEquals(List.of("PARTY", "PARTY", "MEDIATOR"), e.getList("participants.role"));
        assertEquals(List.of("ATTENDED", "ATTENDED", "ATTENDED"), e.getList("participants.attendance"));
        assertEquals(List.of("Freedonia attended."), e.getList("participants[0].sources.excerpt"));
        assertEquals(List.of(), e.getList("participants[1].sources"));
        assertEquals("source." + s, e.getString("participants[2].sources[0].source.key"));
        assertEquals(List.of("They met on 5 March."), e.getList("sources.excerpt"));
        assertEquals("paragraph 1", e.getString("sources[0].locator"));
        assertEquals(List.of("statement.joint." + s), e.getList("statements.key"));

        e.setRootPath("data.actors.nodes[0].statements.nodes[0]");
        assertEquals("statement.reaction." + s, e.getString("key"));
        assertEquals("REACTION", e.getString("kind"));
        assertEquals("2024-03", e.getString("date.edtf"));
        assertEquals("MONTH", e.getString("date.precision"));
        assertEquals(List.of("actor.envoy." + s), e.getList("authors.key"));
        assertEquals(List.of("A historic step " + s), e.getList("quotes.text"));
        assertEquals(List.of("actor.envoy." + s), e.getList("quotes.speaker.key"));
        assertEquals(List.of("paragraph 6"), e.getList("sources.locator"));
        assertEquals("statement.joint." + s, e.getString("respondsTo.key"));
        assertEquals("JOINT_STATEMENT", e.getString("respondsTo.kind"));
        assertEquals("Both states will release prisoners.", e.getString("respondsTo.summary"));
        assertEquals("2024-03-06", e.getString("respondsTo.date.edtf"));
        assertEquals(List.of("actor.freedonia." + s, "actor.sylvania." + s), e.getList("respondsTo.authors.key"));
        assertEquals(List.of(), e.getList("respondsTo.quotes"));
        assertEquals("event.talks." + s, e.getString("respondsTo.event.key"));
        assertEquals("process." + s, e.getString("respondsTo.process.key"));

        // ---- Sylvania's commitment: parties, quantity, deadline, history, fulfilment,
        // reciprocity (read from both ends) and overdue
        JsonPath c = GraphQl.data("""
                query($name: String!) {
                  actors(filter: {name: $name}) {
                    totalCount
                    nodes {
                      key
                      commitments(side: OBLIGOR) { totalCount nodes {
                        key kind description status
                        quantity { amount unit qualifier }
                        deadline { edtf earliest latest }
                        overdue(asOf: "2025-01-01")
                        obligors { key } beneficiaries { key }
                        madeAt { key } statement { key } process { key }
                        fulfilledBy { key kind magnitude { amount unit qualifier } relations { kind event { key } } }
                        history { status date { edtf approximate earliest } note sources { excerpt source { key } } }
                        sources { excerpt locator }
                        reciprocalTo {
                          key status description
                          quantity { amount }
                          deadline { edtf latest }
                          lateOn: overdue(asOf: "2024-04-01")
                          dueOn: overdue(asOf: "2024-03-31")
                          obligors { key } beneficiaries { key }
                          statement { key }
                          history { status }
                          reciprocalTo { key }
                        }
                      } }
                    }
                  }
                }""", "name", "Sylvania " + s).setRootPath("data.actors");
        assertEquals(1, c.getInt("totalCount"));
        assertEquals(1, c.getInt("nodes[0].commitments.totalCount"));
        c.setRootPath("data.actors.nodes[0].commitments.nodes[0]");
        assertEquals("commitment.sylvania-releases." + s, c.getString("key"));
        assertEquals("PRISONER_RELEASE", c.getString("kind"));
        assertEquals("Sylvania releases 32 Freedonian servicemen.", c.getString("description"));
        assertEquals("FULFILLED", c.getString("status"));
        assertEquals(32.0, c.getDouble("quantity.amount"));
        assertEquals("servicemen", c.getString("quantity.unit"));
        assertEquals("EXACT", c.getString("quantity.qualifier"));
        assertEquals("2024-06", c.getString("deadline.edtf"));
        assertEquals("2024-06-01", c.getString("deadline.earliest"));
        assertEquals("2024-06-30", c.getString("deadline.latest"));
        assertFalse(c.getBoolean("overdue"), "a FULFILLED commitment is never overdue");
        assertEquals(List.of("actor.sylvania." + s), c.getList("obligors.key"));
        assertEquals(List.of("actor.freedonia." + s), c.getList("beneficiaries.key"));
        assertEquals("event.talks." + s, c.getString("madeAt.key"));
        assertEquals("statement.joint." + s, c.getString("statement.key"));
        assertEquals("process." + s, c.getString("process.key"));
        assertEquals(List.of("event.release." + s), c.getList("fulfilledBy.key"));
        assertEquals("PRISONER_RELEASE", c.getString("fulfilledBy[0].kind"));
        assertEquals(32.0, c.getDouble("fulfilledBy[0].magnitude.amount"));
        assertEquals("EXACT", c.getString("fulfilledBy[0].magnitude.qualifier"));
        assertEquals(List.of("FOLLOWED"), c.getList("fulfilledBy[0].relations.kind"));
        assertEquals(List.of("event.talks." + s), c.getList("fulfilledBy[0].relations.event.key"));
        assertEquals(List.of("ANNOUNCED", "FULFILLED"), c.getList("history.status"));
        assertEquals(List.of("2024-03-06", "2024-04~"), c.getList("history.date.edtf"));
        assertEquals(List.of(false, true), c.getList("history.date.approximate"));
        assertEquals(List.of("Announced in the joint statement.", "All 32 released."), c.getList("history.note"));
        assertEquals(List.of("The 32 were freed in April."), c.getList("history[1].sources.excerpt"));
        assertEquals("source." + s, c.getString("history[1].sources[0].source.key"));
        assertEquals(List.of("Sylvania will release 32."), c.getList("sources.excerpt"));
        assertEquals(1, c.getList("reciprocalTo").size());
        assertEquals("commitment.freedonia-releases." + s, c.getString("reciprocalTo[0].key"));
        assertEquals("ANNOUNCED", c.getString("reciprocalTo[0].status"));
        assertEquals(2.0, c.getDouble("reciprocalTo[0].quantity.amount"));
        assertEquals("2024-03", c.getString("reciprocalTo[0].deadline.edtf"));
        assertEquals("2024-03-31", c.getString("reciprocalTo[0].deadline.latest"));
        assertTrue(c.getBoolean("reciprocalTo[0].lateOn"), "ANNOUNCED with deadline 2024-03 is overdue on 2024-04-01");
        assertFalse(c.getBoolean("reciprocalTo[0].dueOn"), "but not on the deadline's last day");
        assertEquals(List.of("actor.freedonia." + s), c.getList("reciprocalTo[0].obligors.key"));
        assertEquals(List.of("actor.sylvania." + s), c.getList("reciprocalTo[0].beneficiaries.key"));
        assertEquals("statement.joint." + s, c.getString("reciprocalTo[0].statement.key"));
        assertEquals(List.of(), c.getList("reciprocalTo[0].history"));
        assertEquals(List.of("commitment.sylvania-releases." + s), c.getList("reciprocalTo[0].reciprocalTo.key"));
    }

    // =========================================================================================
    // Idempotence
    // =========================================================================================

    @Test
    void importingTheSameDossierAgainChangesNothing() {
        Fixture f = Fixture.fresh();
        assertEquals(new Result("dossier-" + f.s(), KEYED_RECORDS + PARTICIPATIONS, 0), importOk(f.json()));
        Digest before = digest();

        Result again = importOk(f.json());

        // Every keyed record is now stored and linked to; participations belong to events, which
        // are not created again, so neither are they.
        assertEquals(new Result("dossier-" + f.s(), 0, KEYED_RECORDS), again);
        assertUnchanged(before, "a second import must not change a single row");
    }

    @Test
    void reimportingTheSeedDossiersCreatesNothing() {
        for (String resource : List.of("dossier/seed/bbc-2023-12-08-armenia-azerbaijan.json",
                "dossier/seed/washington-2025-08-08-summit.json")) {
            String json = classpath(resource);
            JsonNode tree = tree(json);
            int keyed = 0;
            for (String list : List.of("sources", "processes", "actors", "affiliations", "places", "events", "statements", "commitments")) {
                keyed += tree.path(list).size();
            }
            assertTrue(keyed > 10, resource + " should be a real seed dossier");
            Digest before = digest();

            Result result = importOk(json);

            assertEquals(new Result(tree.get("dossier").asText(), 0, keyed), result, resource);
            assertUnchanged(before, resource + " imported again must not change a single row");
        }
    }

    // =========================================================================================
    // Linking to stored records
    // =========================================================================================

    @Test
    void referenceToAStoredActorLinksToIt() {
        Fixture f = Fixture.fresh();
        importOk(f.json());
        String s2 = suffix();
        String follow = """
                {
                  "dossier": "dossier-{s2}",
                  "title": "Follow-up {s2}",
                  "sources": [{"key": "source.{s2}", "publisher": "Test Gazette", "title": "Follow-up {s2}"}],
                  "events": [
                    {"key": "event.follow-up.{s2}", "kind": "DIPLOMATIC_ACTION", "status": "HELD", "title": "Follow-up {s2}",
                     "start": "2024-05", "process": "process.{s}",
                     "participants": [{"actor": "actor.sylvania.{s}", "role": "PARTY", "attendance": "ATTENDED",
                                       "citations": [{"source": "source.{s}"}]}],
                     "citations": [{"source": "source.{s2}", "excerpt": "They met again."}]}
                  ]
                }""".replace("{s2}", s2).replace("{s}", f.s());
        Digest before = digest();

        Result result = importOk(follow);

        // created: 1 source + 1 event + 1 participation. linked counts the dossier's own keyed
        // records that were already stored; actor.sylvania and process.{s} are only referenced,
        // not declared, so they are not counted.
        assertEquals(new Result("dossier-" + s2, 3, 0), result);
        Map<String, Long> delta = digest().countsMinus(before);
        assertEquals(0L, delta.get("actor"), "no actor may be created");
        assertEquals(0L, delta.get("process"));
        assertEquals(1L, delta.get("participation"));
        assertEquals(2L, delta.get("citation"));

        JsonPath a = GraphQl.data("""
                query($name: String!) {
                  actors(filter: {name: $name}) {
                    totalCount
                    nodes { id key participations { nodes { role event { key process { key } participants { actor { id } } } } } }
                  }
                }""", "name", "Sylvania " + f.s()).setRootPath("data.actors");
        assertEquals(1, a.getInt("totalCount"));
        String id = a.getString("nodes[0].id");
        assertEquals(List.of("event.talks." + f.s(), "event.release." + f.s(), "event.follow-up." + s2),
                a.getList("nodes[0].participations.nodes.event.key"));
        assertEquals("process." + f.s(), a.getString("nodes[0].participations.nodes[2].event.process.key"));
        assertEquals(List.of(id), a.getList("nodes[0].participations.nodes[2].event.participants.actor.id"));
    }

    @Test
    void actorWithANewKeyAndAStoredExternalIdIsLinkedToTheStoredActor() {
        Fixture f = Fixture.fresh();
        importOk(f.json());
        String s2 = suffix();
        String alias = """
                {
                  "dossier": "dossier-{s2}",
                  "title": "Sylvanie {s2}",
                  "sources": [{"key": "source.{s2}", "publisher": "Gazette de test", "title": "Sylvanie {s2}", "language": "fr"}],
                  "actors": [
                    {"key": "actor.sylvanie.{s2}", "kind": "STATE", "name": "Sylvanie {s2}",
                     "names": [{"value": "République de Sylvanie {s2}", "kind": "OFFICIAL", "language": "fr"}],
                     "externalIds": [{"scheme": "WIKIDATA", "value": "{q2}"}],
                     "citations": [{"source": "source.{s2}"}]}
                  ],
                  "events": [
                    {"key": "event.visit.{s2}", "kind": "DIPLOMATIC_ACTION", "status": "HELD", "title": "Visite {s2}", "start": "2024-07-01",
                     "participants": [{"actor": "actor.sylvanie.{s2}", "role": "HOST", "attendance": "ATTENDED"}]}
                  ]
                }""".replace("{s2}", s2).replace("{q2}", f.q2());
        Digest before = digest();

        Result result = importOk(alias);

        // created: 1 source + 1 event + 1 participation; linked: the actor, matched by its external id.
        assertEquals(new Result("dossier-" + s2, 3, 1), result);
        Map<String, Long> delta = digest().countsMinus(before);
        assertEquals(0L, delta.get("actor"), "the actor must be linked, not created");
        assertEquals(0L, delta.get("actor_name"), "a linked actor is left unchanged");
        assertEquals(0L, delta.get("external_id"));
        assertEquals(1L, delta.get("participation"));

        JsonPath q = GraphQl.data("""
                query($new: String!, $newOfficial: String!, $stored: String!) {
                  byNewName: resolveActors(name: $new) { id }
                  byNewOfficialName: resolveActors(name: $newOfficial) { id }
                  filtered: actors(filter: {name: $new}) { totalCount }
                  stored: actors(filter: {name: $stored}) {
                    totalCount
                    nodes { id key name externalIds { value } participations { nodes { role event { key participants { actor { id key } } } } } }
                  }
                }""", "new", "Sylvanie " + s2, "newOfficial", "République de Sylvanie " + s2, "stored", "Sylvania " + f.s())
                .setRootPath("data");
        assertEquals(List.of(), q.getList("byNewName"), "the new name is not stored");
        assertEquals(List.of(), q.getList("byNewOfficialName"));
        assertEquals(0, q.getInt("filtered.totalCount"));
        assertEquals(1, q.getInt("stored.totalCount"));
        assertEquals("actor.sylvania." + f.s(), q.getString("stored.nodes[0].key"));
        assertEquals("Sylvania " + f.s(), q.getString("stored.nodes[0].name"));
        assertEquals(List.of(f.q2()), q.getList("stored.nodes[0].externalIds.value"));
        String storedId = q.getString("stored.nodes[0].id");
        List<String> events = q.getList("stored.nodes[0].participations.nodes.event.key");
        int visit = events.indexOf("event.visit." + s2);
        assertTrue(visit >= 0, "the new event's participant must be the stored actor: " + events);
        assertEquals("HOST", q.getString("stored.nodes[0].participations.nodes[" + visit + "].role"));
        assertEquals(List.of(storedId), q.getList("stored.nodes[0].participations.nodes[" + visit + "].event.participants.actor.id"));
        assertEquals(List.of("actor.sylvania." + f.s()),
                q.getList("stored.nodes[0].participations.nodes[" + visit + "].event.participants.actor.key"));

        // And the dossier that was linked by external id is itself idempotent.
        Digest afterFirst = digest();
        assertEquals(new Result("dossier-" + s2, 0, 3), importOk(alias));
        assertUnchanged(afterFirst, "importing the linked dossier again must not change a single row");
    }

    @Test
    void sourceWithANewKeyAndAStoredUrlIsLinkedToTheStoredSource() {
        Fixture f = Fixture.fresh();
        importOk(f.json());
        String s2 = suffix();
        String json = """
                {
                  "dossier": "dossier-{s2}",
                  "title": "The same story again {s2}",
                  "sources": [{"key": "source.copy.{s2}", "publisher": "Copycat", "title": "The same story",
                               "url": "https://example.org/accord-test/{s}"}],
                  "actors": [{"key": "actor.reader.{s2}", "kind": "OTHER", "name": "Reader {s2}",
                              "citations": [{"source": "source.copy.{s2}", "excerpt": "Read it."}]}]
                }""".replace("{s2}", s2).replace("{s}", f.s());
        Digest before = digest();

        // created: the actor; linked: the source, matched by its url.
        assertEquals(new Result("dossier-" + s2, 1, 1), importOk(json));
        Map<String, Long> delta = digest().countsMinus(before);
        assertEquals(0L, delta.get("source"), "the source must be linked, not created");
        assertEquals(1L, delta.get("citation"));

        JsonPath q = GraphQl.data("query($n: String!) { actors(filter: {name: $n}) { nodes { sources { excerpt source { key publisher } } } } }",
                "n", "Reader " + s2).setRootPath("data.actors.nodes[0].sources[0]");
        assertEquals("Read it.", q.getString("excerpt"));
        assertEquals("source." + f.s(), q.getString("source.key"));
        assertEquals("Test Gazette", q.getString("source.publisher"));
    }

    @Test
    void keyAlreadyStoredForAnotherKindOfRecordIsRejected() {
        // dossier.schema.json: "Every record has a stable `key`, unique within the dossier and across
        // Accord". Within a dossier a key may not name two kinds of record ($.places[2].key below);
        // across Accord it may not either: event.talks.{s} is stored as an event.
        Fixture f = Fixture.fresh();
        importOk(f.json());
        String s2 = suffix();
        String json = """
                {
                  "dossier": "dossier-{s2}",
                  "title": "Key reused {s2}",
                  "actors": [{"key": "event.talks.{s}", "kind": "OTHER", "name": "Not an event {s2}"}]
                }""".replace("{s2}", s2).replace("{s}", f.s());

        String message = rejected(json);

        assertTrue(message.contains("1 problem: $.actors[0].key: "), message);
        assertTrue(message.contains("event.talks." + f.s()), message);
    }

    @Test
    void referenceToASeedActorByKeyLinksToIt() {
        String armeniaId = seedActorId("Armenia", "actor.armenia");
        String s = suffix();
        String json = """
                {
                  "dossier": "dossier-{s}",
                  "title": "Observed talks {s}",
                  "sources": [{"key": "source.{s}", "publisher": "Test Gazette", "title": "Observed talks {s}"}],
                  "actors": [{"key": "actor.observer.{s}", "kind": "PERSON", "name": "Observer {s}"}],
                  "events": [
                    {"key": "event.observed.{s}", "kind": "MEETING", "status": "HELD", "title": "Observed talks {s}",
                     "start": "2024-09-10", "process": "process.armenia-azerbaijan-normalisation",
                     "participants": [
                       {"actor": "actor.armenia", "role": "PARTY", "attendance": "ATTENDED", "citations": [{"source": "source.{s}"}]},
                       {"actor": "actor.azerbaijan", "role": "PARTY", "attendance": "DECLINED"},
                       {"actor": "actor.observer.{s}", "role": "OBSERVER", "attendance": "ATTENDED"}
                     ]}
                  ]
                }""".replace("{s}", s);
        Digest before = digest();

        Result result = importOk(json);

        // created: 1 source + 1 actor + 1 event + 3 participations.
        assertEquals(new Result("dossier-" + s, 6, 0), result);
        assertEquals(1L, digest().countsMinus(before).get("actor"), "only the observer is a new actor");

        JsonPath q = GraphQl.data("""
                query($name: String!) {
                  actors(filter: {name: $name}) {
                    nodes { participations { nodes { event { key process { key } participants { role attendance actor { id key } } } } } }
                  }
                }""", "name", "Observer " + s).setRootPath("data.actors.nodes[0].participations.nodes[0].event");
        assertEquals("event.observed." + s, q.getString("key"));
        assertEquals("process.armenia-azerbaijan-normalisation", q.getString("process.key"));
        assertEquals(List.of("actor.armenia", "actor.azerbaijan", "actor.observer." + s), q.getList("participants.actor.key"));
        assertEquals(armeniaId, q.getString("participants[0].actor.id"));
        assertEquals(List.of("ATTENDED", "DECLINED", "ATTENDED"), q.getList("participants.attendance"));
    }

    // =========================================================================================
    // All or nothing
    // =========================================================================================

    @Test
    void oneBadReferenceDeepInsideRejectsTheWholeDossier() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ArrayNode) d.at("/commitments/0/obligors")).add("actor.missing." + f.s());

        String message = rejected(write(d));

        assertEquals("Dossier rejected, nothing was stored: 1 problem: $.commitments[0].obligors[1]: no actor with key 'actor.missing."
                + f.s() + "' in this dossier or stored", message);
        // None of its many valid records was stored.
        assertEquals(0, GraphQl.data("query($n: String!) { actors(filter: {name: $n}) { totalCount } }", "n", f.s())
                .getInt("actors.totalCount"));
    }

    /*
     * Dossiers that pass every check of ImportRun.check() but that the database refuses.
     *
     * One candidate does NOT exist: an actor whose key is stored and whose external
     * id belongs to another stored actor. ActorStep.matchStoredExternalIds() skips actors whose key is
     * stored, and its write() only links them (create() returns before andThen), so their external ids
     * are never inserted and external_id_uq cannot fire.
     *
     * These cases do exist; each must roll back everything and, as the mutation promises ("the
     * error lists every problem with its JSON path"), be reported as BAD_USER_INPUT with its path.
     */

    /**
     * Two different keys of the dossier resolve to the same stored actor (one directly, one
     * through its external id), and both are a PARTY of the same event: the keys differ, so
     * checkDuplicates() passes, but participation_uq (event_id, actor_id, role) fails at the
     * flush after the events layer, when sources, actors, places and events have already been
     * flushed in the same transaction.
     */
    @Test
    void twoKeysOfTheSameStoredActorInOneEventAreRolledBackAndReported() {
        String s = suffix();
        String json = """
                {
                  "dossier": "dossier-{s}",
                  "title": "Aliased participant {s}",
                  "sources": [{"key": "source.{s}", "publisher": "Test Gazette", "title": "Aliased {s}"}],
                  "actors": [
                    {"key": "actor.new.{s}", "kind": "PERSON", "name": "New Person {s}", "externalIds": [{"scheme": "WIKIDATA", "value": "{q}"}]},
                    {"key": "actor.armenia-alias.{s}", "kind": "STATE", "name": "Hayastan {s}", "externalIds": [{"scheme": "WIKIDATA", "value": "Q399"}]}
                  ],
                  "places": [{"key": "place.{s}", "name": "Somewhere {s}", "kind": "SITE"}],
                  "events": [
                    {"key": "event.{s}", "kind": "MEETING", "status": "HELD", "title": "Aliased {s}", "start": "2024-01-02", "place": "place.{s}",
                     "participants": [
                       {"actor": "actor.armenia", "role": "PARTY", "attendance": "ATTENDED"},
                       {"actor": "actor.armenia-alias.{s}", "role": "PARTY", "attendance": "ATTENDED"},
                       {"actor": "actor.new.{s}", "role": "OBSERVER", "attendance": "ATTENDED"}
                     ]}
                  ]
                }""".replace("{s}", s).replace("{q}", fakeWikidata());
        assertDatabaseOnlyFailure(json, "$.events[0].participants[1]");
    }

    /**
     * The schema's language pattern allows any number of subtags, but source.language and
     * actor_name.language are varchar(35).
     */
    @Test
    void languageTagLongerThanItsColumnIsRolledBackAndReported() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/sources/0")).put("language", "en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd");
        assertDatabaseOnlyFailure(write(d), "$.sources[0].language");
    }

    /** Two new sources of one dossier with the same url: matchSourcesByUrl() only looks at stored sources; source_url_uq fails. */
    @Test
    void twoNewSourcesWithTheSameUrlAreRolledBackAndReported() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ArrayNode) d.get("sources")).addObject()
                .put("key", "source.copy." + f.s())
                .put("publisher", "Copycat")
                .put("title", "The same story")
                .put("url", "https://example.org/accord-test/" + f.s());
        assertDatabaseOnlyFailure(write(d), "$.sources[1].url");
    }

    /**
     * A name of 400 "ﬃ" ligatures passes the schema (maxLength 1000), but Names.normalize folds it
     * (NFKD) to 1200 characters, too long for actor.normalized_name varchar(1000).
     */
    @Test
    void nameWhoseFoldedFormGrowsPastItsColumnIsStillStoredAndFound() {
        // "ﬃ" folds to "ffi": 400 of them fold to 1200 characters, more than the indexed column
        // holds; the folded form is cut to 1000 characters, the name itself is kept whole.
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        String name = "\uFB03".repeat(400);
        ((ObjectNode) d.at("/actors/0")).put("name", name);
        GraphQl.data(IMPORT, "json", write(d));
        List<String> found = GraphQl.data("query($n: String!) { resolveActors(name: $n) { name } }", "n", name)
                .getList("resolveActors.name");
        assertEquals(List.of(name), found);
    }

    /** Posts a dossier the database refuses: nothing may be stored, and the error must say where. */
    private void assertDatabaseOnlyFailure(String json, String path) {
        Digest before = digest();
        JsonPath response = GraphQl.post(IMPORT, GraphQl.vars("json", json));
        assertNotNull(response.get("errors"), () -> "the database must refuse this dossier: " + response.prettify());
        Map<String, Object> data = response.get("data");
        assertNull(data == null ? null : data.get("importDossier"), response::prettify);
        assertUnchanged(before, "a refused dossier must store nothing");
        // All-or-nothing holds; now the report: the same code and path as every other rejection.
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), response::prettify);
        assertTrue(response.getString("errors[0].message").contains(path), response::prettify);
    }

    // =========================================================================================
    // Rejected dossiers: each error names its JSON path, and nothing is stored
    // =========================================================================================

    @Test
    void invalidJsonIsRejectedWithLineAndColumn() {
        String message = rejected("{\n  \"dossier\": \"broken-" + suffix() + "\",\n  \"title\": \n}\n");
        assertTrue(message.contains("1 problem: $: not valid JSON: "), message);
        assertTrue(message.matches("(?s).*\\(line 4, column \\d+\\).*"), message);
    }

    @Test
    void emptyDocumentIsRejected() {
        assertTrue(rejected("   ").contains("$: the dossier is empty"));
    }

    @Test
    void missingRequiredEventTitleIsRejectedWithItsPath() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/events/0")).remove("title");
        String message = rejected(write(d));
        assertTrue(message.contains("1 problem: $.events[0]: "), message);
        assertTrue(message.contains("'title'"), message);
    }

    /** An event without a start and a statement without a date are undated: stored with no date, participants included. */
    @Test
    void undatedEventsAndStatementsAreStored() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/events/0")).remove("start");
        ((ObjectNode) d.at("/events/0")).remove("end");
        ((ObjectNode) d.at("/statements/0")).remove("date");
        importOk(write(d));
        List<Map<String, Object>> found = GraphQl.data("query($t: String!) { search(text: $t, first: 50) { nodes { ... on Event { key start { edtf }"
                + " end { edtf } participants { actor { key } } statements { key date { edtf } } } } } }", "t", f.s()).getList("search.nodes");
        Map<String, Object> talks = found.stream().filter(n -> ("event.talks." + f.s()).equals(n.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("the undated event is not found: " + found));
        assertTrue(talks.containsKey("start") && talks.get("start") == null, talks::toString);
        assertTrue(talks.containsKey("end") && talks.get("end") == null, talks::toString);
        assertEquals(3, ((List<?>) talks.get("participants")).size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) talks.get("statements");
        assertEquals(1, statements.size(), "the statement issued at it");
        assertEquals("statement.joint." + f.s(), statements.get(0).get("key"));
        assertTrue(statements.get(0).containsKey("date") && statements.get(0).get("date") == null, statements::toString);
    }

    @Test
    void undatedEventWithAnEndIsRejected() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/events/0")).remove("start");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.events[0].end: an undated event has no end; give the start as an interval with an unknown start, e.g. /2024-03-06"),
                message);
    }

    @Test
    void statementRespondingToItselfIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/statements/1")).put("respondsTo", "statement.reaction." + f.s());
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.statements[1].respondsTo: a statement cannot respond to itself"), message);
    }

    @Test
    void missingTitleIsRejectedWithItsPath() {
        ObjectNode d = Fixture.fresh().tree();
        d.remove("title");
        String message = rejected(write(d));
        assertTrue(message.contains("1 problem: $: "), message);
        assertTrue(message.contains("'title'"), message);
    }

    @Test
    void wrongEnumValueIsRejectedWithItsPath() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/actors/0")).put("kind", "EMPIRE");
        String message = rejected(write(d));
        assertTrue(message.contains("1 problem: $.actors[0].kind: "), message);
        assertTrue(message.contains("STATE"), "the message should list the allowed values: " + message);
    }

    @Test
    void unknownPropertyIsRejectedWithItsPath() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/places/1")).put("altitude", 120);
        String message = rejected(write(d));
        assertTrue(message.contains("1 problem: $.places[1]"), message);
        assertTrue(message.contains("altitude"), message);
    }

    @Test
    void badKeyPatternIsRejectedWithItsPath() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/actors/1")).put("key", "Actor.Sylvania");
        String message = rejected(write(d));
        assertTrue(message.contains("1 problem: $.actors[1].key: "), message);
        assertTrue(message.contains("^[a-z0-9][a-z0-9._:-]{0,119}$"), message);
    }

    @Test
    void invalidEdtfDateIsRejectedWithItsPathAndValue() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/events/0")).put("start", "2023-13");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.events[0].start: Invalid EDTF date \"2023-13\": month 13 is not 01-12"), message);
    }

    @Test
    void duplicateKeyAcrossTwoCollectionsIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ArrayNode) d.get("places")).addObject()
                .put("key", "actor.freedonia." + f.s())
                .put("name", "Freedonia " + f.s())
                .put("kind", "COUNTRY");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.places[2].key: duplicate key 'actor.freedonia." + f.s()
                + "', already used at $.actors[0].key"), message);
    }

    @Test
    void referenceToARecordOfTheWrongTypeIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/events/0/participants/1")).put("actor", "event.release." + f.s());
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.events[0].participants[1].actor: no actor with key 'event.release."
                + f.s() + "' in this dossier or stored"), message);
    }

    @Test
    void seedKeyOfTheWrongTypeIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        // A stored event's key is no actor either.
        ((ArrayNode) d.at("/statements/0/authors")).add("event.washington-summit-2025-08-08");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.statements[0].authors[2]: no actor with key 'event.washington-summit-2025-08-08'"
                + " in this dossier or stored"), message);
    }

    @Test
    void statusThatDiffersFromTheLastHistoryEntryIsRejected() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/commitments/0")).put("status", "IN_PROGRESS");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.commitments[0].status: IN_PROGRESS differs from the last status in its history, FULFILLED"),
                message);
    }

    // ---- the rules the mutations apply too (one write path: the same methods decide) -----------

    @Test
    void eventThatEndsBeforeItStartsIsRejected() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/events/0")).put("end", "2024-03-01");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.events[0].end: 2024-03-01 is before the start 2024-03-05"), message);
    }

    @Test
    void positionThatEndsBeforeItStartsIsRejected() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/affiliations/0")).put("end", "2022");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.affiliations[0].end: 2022 is before the start 2023~"), message);
    }

    @Test
    void actorHoldingAPositionInItselfIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/affiliations/0")).put("organization", "actor.envoy." + f.s());
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.affiliations[0].organization: an actor cannot hold a position in itself"), message);
    }

    @Test
    void placeWithinItselfIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/places/1")).put("within", "place.city." + f.s());
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.places[1].within: a place cannot lie within itself"), message);
    }

    @Test
    void twoPlacesWithinEachOtherAreRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/places/0")).put("within", "place.city." + f.s());
        String message = rejected(write(d));
        assertTrue(message.endsWith("2 problems: $.places[0].within: a place cannot lie within itself (place 'place.city." + f.s()
                + "' lies within it); $.places[1].within: a place cannot lie within itself (place 'place.country." + f.s()
                + "' lies within it)"), message);
    }

    @Test
    void twoEventsPartOfEachOtherAreRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ObjectNode) d.at("/events/0")).put("partOf", "event.release." + f.s());
        ((ObjectNode) d.at("/events/1")).put("partOf", "event.talks." + f.s());
        String message = rejected(write(d));
        assertTrue(message.endsWith("2 problems: $.events[0].partOf: an event cannot be part of itself (event 'event.release." + f.s()
                + "' is part of it); $.events[1].partOf: an event cannot be part of itself (event 'event.talks." + f.s()
                + "' is part of it)"), message);
    }

    @Test
    void historyLeavingAFinalStatusWithoutANoteIsRejected() {
        ObjectNode d = Fixture.fresh().tree();
        ArrayNode history = (ArrayNode) d.at("/commitments/0/history");
        ((ObjectNode) history.get(1)).remove("note");
        ((ObjectNode) d.at("/commitments/0")).put("status", "IN_PROGRESS");
        history.addObject().put("status", "IN_PROGRESS").put("date", "2024-05")
                .set("citations", history.get(0).get("citations").deepCopy());
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.commitments[0].history[2].note: the commitment is FULFILLED, a final status;"
                + " going back to IN_PROGRESS needs a note saying why"), message);
    }

    @Test
    void historyRepeatingAStatusOrDatedBackWithoutANoteIsRejected() {
        ObjectNode d = Fixture.fresh().tree();
        ArrayNode history = (ArrayNode) d.at("/commitments/0/history");
        ((ObjectNode) history.get(1)).remove("note");
        ((ObjectNode) history.get(1)).put("status", "ANNOUNCED");
        ((ObjectNode) d.at("/commitments/0")).put("status", "ANNOUNCED");
        String again = rejected(write(d));
        assertTrue(again.endsWith("1 problem: $.commitments[0].history[1].note: the commitment is ANNOUNCED already;"
                + " recording the same status again needs a note saying why"), again);

        ObjectNode back = Fixture.fresh().tree();
        ((ObjectNode) back.at("/commitments/0/history/1")).remove("note");
        ((ObjectNode) back.at("/commitments/0/history/1")).put("date", "2024-01");
        String backdated = rejected(write(back));
        assertTrue(backdated.endsWith("1 problem: $.commitments[0].history[1].date: 2024-01 is before the latest recorded change"
                + " (ANNOUNCED on 2024-03-06); a change dated before it needs a note saying why"), backdated);
    }

    @Test
    void participantListedTwiceIsRejected() {
        Fixture f = Fixture.fresh();
        ObjectNode d = f.tree();
        ((ArrayNode) d.at("/events/0/participants")).addObject()
                .put("actor", "actor.sylvania." + f.s()).put("role", "PARTY").put("attendance", "UNKNOWN");
        String message = rejected(write(d));
        assertTrue(message.endsWith("1 problem: $.events[0].participants[3]: actor 'actor.sylvania." + f.s()
                + "' is already a PARTY of this event"), message);
    }

    @Test
    void everyProblemOfTheChecksIsListedWithItsPath() {
        Fixture f = Fixture.fresh();
        String s = f.s();
        ObjectNode d = f.tree();
        ((ArrayNode) d.at("/commitments/0/obligors")).add("actor.missing." + s);
        ((ObjectNode) d.at("/events/1")).put("start", "2024-02-30");
        ((ObjectNode) d.at("/commitments/0")).put("status", "BROKEN");
        ((ArrayNode) d.at("/events/0/participants")).addObject()
                .put("actor", "actor.envoy." + s).put("role", "MEDIATOR").put("attendance", "INVITED");
        ((ArrayNode) d.get("statements")).addObject()
                .put("key", "process." + s).put("kind", "CLAIM").put("date", "2024");

        String message = rejected(write(d));

        assertTrue(message.startsWith("Dossier rejected, nothing was stored: 5 problems: "), message);
        List<String> expected = List.of(
                "$.statements[2].key: duplicate key 'process." + s + "', already used at $.processes[0].key",
                "$.commitments[0].obligors[1]: no actor with key 'actor.missing." + s + "' in this dossier or stored",
                "$.events[1].start: Invalid EDTF date \"2024-02-30\": no such day (2024-02 has 29 days)",
                "$.events[0].participants[3]: actor 'actor.envoy." + s + "' is already a MEDIATOR of this event",
                "$.commitments[0].status: BROKEN differs from the last status in its history, FULFILLED");
        for (String problem : expected) {
            assertTrue(message.contains(problem), () -> "missing «" + problem + "» in: " + message);
        }
    }

    @Test
    void everyProblemOfTheSchemaIsListedWithItsPath() {
        ObjectNode d = Fixture.fresh().tree();
        ((ObjectNode) d.at("/actors/0")).put("kind", "EMPIRE");
        ((ObjectNode) d.at("/events/0")).remove("title");
        ((ObjectNode) d.at("/places/1")).put("altitude", 120);
        ((ObjectNode) d.at("/sources/0")).put("key", "Source.Upper");

        String message = rejected(write(d));

        assertTrue(message.startsWith("Dossier rejected, nothing was stored: 4 problems: "), message);
        for (String path : List.of("$.actors[0].kind: ", "$.events[0]: ", "$.places[1]", "$.sources[0].key: ")) {
            assertTrue(message.contains("; " + path) || message.contains("problems: " + path), () -> "missing " + path + " in: " + message);
        }
        assertTrue(message.contains("'title'"), message);
        assertTrue(message.contains("altitude"), message);
    }

    // =========================================================================================
    // Helpers
    // =========================================================================================

    /** What importDossier returned. */
    record Result(String dossier, int created, int linked) {
    }

    static Result importOk(String json) {
        JsonPath data = GraphQl.data(IMPORT, "json", json);
        return new Result(data.getString("importDossier.dossier"), data.getInt("importDossier.created"),
                data.getInt("importDossier.linked"));
    }

    /** Posts a dossier that must be rejected: asserts BAD_USER_INPUT and an unchanged database; returns the message. */
    String rejected(String json) {
        Digest before = digest();
        Map<String, Object> error = GraphQl.error("BAD_USER_INPUT", IMPORT, "json", json);
        assertUnchanged(before, "a rejected dossier must store nothing");
        String message = (String) error.get("message");
        assertTrue(message.startsWith("Dossier rejected, nothing was stored: "), message);
        return message;
    }

    /** The id of a seed actor, found by name and checked by key. */
    static String seedActorId(String name, String key) {
        JsonPath r = GraphQl.data("query($n: String!) { resolveActors(name: $n) { id key } }", "n", name);
        List<Map<String, String>> actors = r.getList("resolveActors");
        return actors.stream().filter(a -> key.equals(a.get("key"))).map(a -> a.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("seed actor " + key + " not found: " + actors));
    }

    /** A fresh suffix for keys and names: lower-case hex, so keys keep to ^[a-z0-9][a-z0-9._:-]{0,119}$. */
    static String suffix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A WIKIDATA-style id that no real item and no other test uses. */
    static String fakeWikidata() {
        return "Q9" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String classpath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int countMatches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> tablesOfSchema() {
        Matcher m = Pattern.compile("(?im)^\\s*create\\s+table\\s+([a-z_][a-z0-9_]*)").matcher(classpath("db/migration/V1__schema.sql"));
        List<String> tables = new ArrayList<>();
        while (m.find()) {
            tables.add(m.group(1).toLowerCase());
        }
        if (!tables.contains("citation") || tables.size() < 10) {
            throw new IllegalStateException("Could not read the tables of V1__schema.sql: " + tables);
        }
        return List.copyOf(tables);
    }

    /**
     * Row count and a SHA-256 over every column of every row (ordered by id) of each table of the
     * schema: two equal digests mean the tables are identical value for value, including
     * versions and timestamps.
     */
    record Digest(Map<String, Long> counts, Map<String, String> hashes) {

        Map<String, Long> countsMinus(Digest before) {
            Map<String, Long> delta = new TreeMap<>();
            counts.forEach((table, n) -> delta.put(table, n - before.counts.get(table)));
            return delta;
        }
    }

    /** Asserts that every table is, value for value, what it was in {@code before}; names the tables that changed. */
    void assertUnchanged(Digest before, String why) {
        Digest after = digest();
        Map<String, String> changed = new TreeMap<>();
        before.hashes().forEach((table, hash) -> {
            if (!hash.equals(after.hashes().get(table))) {
                changed.put(table, hash + " -> " + after.hashes().get(table));
            }
        });
        assertEquals(Map.of(), changed, why + " (rows:hash of each changed table, before -> after)");
        assertEquals(before, after, why);
    }

    Digest digest() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new TreeMap<>();
            Map<String, String> hashes = new TreeMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select * from " + table + " order by id").getResultList();
                for (Object[] row : rows) {
                    for (Object value : row) {
                        sha.update(render(value).getBytes(UTF_8));
                        sha.update((byte) 0x1f);
                    }
                    sha.update((byte) 0x1e);
                }
                hashes.put(table, rows.size() + ":" + HexFormat.of().formatHex(sha.digest()));
            }
            return new Digest(counts, hashes);
        });
    }

    private static String render(Object value) {
        if (value == null) {
            return "\u2400";
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        return value.getClass().getSimpleName() + "=" + value;
    }
}
