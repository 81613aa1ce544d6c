package org.accord;

import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every query of the API, over HTTP, on the seed data (the BBC story of 8 December 2023 and the
 * Washington fact sheet). Subclasses run the same tests on PostgreSQL and on the packaged jar.
 * Other test classes may add records, so assertions name seed records by key and never rely on
 * global counts.
 */
@QuarkusTest
public class GraphQlQueriesTest {

    static final String SUMMIT = "event.washington-summit-2025-08-08";

    static String actorId(String name) {
        List<String> ids = data("query($n: String!) { resolveActors(name: $n) { id } }", "n", name).getList("resolveActors.id");
        assertEquals(1, ids.size(), () -> "one actor named " + name + ": " + ids);
        return ids.get(0);
    }

    static String eventId(String key) {
        // other test classes add events too: page through all of them to find the key
        String after = null;
        while (true) {
            JsonPath page = data("query($after: String) { events(first: 100, after: $after) { nodes { id key } pageInfo { hasNextPage endCursor } } }",
                    "after", after);
            List<Map<String, String>> nodes = page.getList("events.nodes");
            Optional<String> id = nodes.stream().filter(n -> key.equals(n.get("key"))).map(n -> n.get("id")).findFirst();
            if (id.isPresent() || !page.getBoolean("events.pageInfo.hasNextPage")) {
                return id.orElseThrow(() -> new AssertionError("no event with key " + key));
            }
            after = page.getString("events.pageInfo.endCursor");
        }
    }

    // ---- the traversal of the issue ------------------------------------------------------------

    @Test
    void mediatorToMeetingsToCommitments() {
        JsonPath d = data("""
                { resolveActors(name: "United States") { mediatedEvents(kind: MEETING) { nodes { title start { edtf }
                  commitments { description obligors { name } deadline { edtf } } } } } }""");
        List<Map<String, Object>> meetings = d.getList("resolveActors[0].mediatedEvents.nodes");
        List<String> titles = d.getList("resolveActors[0].mediatedEvents.nodes.title");
        assertThat(titles, hasItems("Washington summit of Aliyev, Pashinyan and Trump",
                "Normalisation talks between Aliyev and Pashinyan mediated by the EU, the US and Russia"));
        Map<String, Object> summit = meetings.stream().filter(m -> m.get("title").toString().startsWith("Washington summit")).findFirst().orElseThrow();
        assertEquals("2025-08-08", ((Map<?, ?>) summit.get("start")).get("edtf"));
        List<Map<String, Object>> commitments = (List<Map<String, Object>>) summit.get("commitments");
        assertEquals(3, commitments.size());
        assertThat(commitments.stream().map(c -> c.get("description").toString()).toList(),
                hasItem(containsString("Trump Route for International Peace and Prosperity")));
        for (Map<String, Object> c : commitments) {
            assertThat((List<Map<String, String>>) c.get("obligors"), not(empty()));
        }
        // The story names the mediators of earlier talks but not what they produced: nothing is invented.
        Map<String, Object> earlier = meetings.stream().filter(m -> m.get("title").toString().startsWith("Normalisation talks")).findFirst().orElseThrow();
        assertThat((List<?>) earlier.get("commitments"), empty());
        // time order: the 2023 talks (unknown start) come before the 2025 summit
        assertTrue(titles.indexOf("Normalisation talks between Aliyev and Pashinyan mediated by the EU, the US and Russia")
                < titles.indexOf("Washington summit of Aliyev, Pashinyan and Trump"));
    }

    // ---- names ----------------------------------------------------------------------------------

    @Test
    void resolveActorsByMetonymTransliterationCaseAndAccents() {
        assertEquals(List.of("Government of Azerbaijan"), data("{ resolveActors(name: \"Baku\") { name } }").getList("resolveActors.name"));
        assertEquals(List.of("Government of Armenia"), data("{ resolveActors(name: \"Yerevan\") { name } }").getList("resolveActors.name"));
        assertEquals(List.of("Nikol Pashinyan"), data("{ resolveActors(name: \"pashinian\") { name } }").getList("resolveActors.name"));
        assertEquals(List.of("Nikol Pashinyan"), data("{ resolveActors(name: \"PASHINIÁN\") { name } }").getList("resolveActors.name"));
        assertEquals(List.of("Ilham Aliyev"), data("{ resolveActors(name: \"  ilham   ALİYEV \") { name } }").getList("resolveActors.name"));
        assertEquals(List.of("United States"), data("{ resolveActors(name: \"United States of America\") { name } }").getList("resolveActors.name"));
        assertThat(data("{ resolveActors(name: \"Atlantis\") { name } }").getList("resolveActors"), empty());
        assertThat(error("BAD_USER_INPUT", "{ resolveActors(name: \"   \") { name } }").get("message").toString(), containsString("name"));
    }

    // ---- ids --------------------------------------------------------------------------------------

    @Test
    void nodeAndTypedLookUpsResolveGlobalIds() {
        String pashinyan = actorId("Pashinyan");
        JsonPath d = data("query($id: ID!) { node(id: $id) { id ... on Actor { name kind } } actor(id: $id) { name } }", "id", pashinyan);
        assertEquals(pashinyan, d.getString("node.id"));
        assertEquals("Nikol Pashinyan", d.getString("node.name"));
        assertEquals("PERSON", d.getString("node.kind"));
        assertEquals("Nikol Pashinyan", d.getString("actor.name"));

        String summit = eventId(SUMMIT);
        assertEquals("Event", data("query($id: ID!) { node(id: $id) { __typename } }", "id", summit).getString("node.__typename"));
        assertEquals(SUMMIT, data("query($id: ID!) { event(id: $id) { key } }", "id", summit).getString("event.key"));
    }

    @Test
    void idsOfTheWrongShapeOrTypeAreErrors() {
        String pashinyan = actorId("Pashinyan");
        assertThat(error("BAD_USER_INPUT", "query($id: ID!) { event(id: $id) { title } }", "id", pashinyan).get("message").toString(),
                containsString("not a Event id"));
        assertThat(error("BAD_USER_INPUT", "{ node(id: \"not an id\") { id } }").get("message").toString(), containsString("Malformed id"));
        String unknownType = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Banana:1".getBytes());
        assertThat(error("BAD_USER_INPUT", "query($id: ID!) { node(id: $id) { id } }", "id", unknownType).get("message").toString(),
                containsString("unknown type"));
        String missing = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Actor:999999999".getBytes());
        assertNull(data("query($id: ID!) { actor(id: $id) { id } node(id: $id) { id } }", "id", missing).get("actor"));
    }

    // ---- actors ------------------------------------------------------------------------------------

    @Test
    void actorsFilterByKindNameAndCountry() {
        List<String> people = allActorNames("{kind: PERSON}");
        assertThat(people, hasItems("Nikol Pashinyan", "Ilham Aliyev", "Charles Michel", "Donald Trump"));
        assertThat(people, not(hasItem("Armenia")));
        assertEquals(people.stream().sorted(Comparator.naturalOrder()).toList(), people, "ordered by name");

        // any name, ignoring case and accents: "EU" is a short name of the European Union
        assertThat(allActorNames("{name: \"eu\"}"), hasItem("European Union"));
        assertThat(allActorNames("{name: \"AZERB\"}"), hasItems("Azerbaijan", "Government of Azerbaijan", "Administration of the President of Azerbaijan"));
        assertThat(allActorNames("{countryCode: \"ARM\"}"), hasItem("Armenia"));
        assertThat(allActorNames("{countryCode: \"ARM\"}"), not(hasItem("Azerbaijan")));
        assertThat(allActorNames("{kind: STATE, name: \"united\"}"), contains("United States"));
        // LIKE wildcards in the text are matched literally
        assertThat(allActorNames("{name: \"%\"}"), empty());
    }

    private static List<String> allActorNames(String filter) {
        return data("{ actors(filter: " + filter + ", first: 100) { nodes { name } } }").getList("actors.nodes.name");
    }

    @Test
    void actorsPageForwardWithStableCursors() {
        int total = data("{ actors(first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }").getInt("actors.totalCount");
        assertTrue(total >= 19, "the seed has 19 actors");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data("query($after: String) { actors(first: 4, after: $after) { totalCount edges { cursor node { id name } }"
                    + " pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }", "after", after);
            List<String> ids = page.getList("actors.edges.node.id");
            assertTrue(ids.size() <= 4);
            assertEquals(total, page.getInt("actors.totalCount"));
            assertEquals(after != null, page.getBoolean("actors.pageInfo.hasPreviousPage"));
            if (!ids.isEmpty()) {
                assertEquals(page.getList("actors.edges.cursor").get(ids.size() - 1), page.getString("actors.pageInfo.endCursor"));
                assertEquals(page.getList("actors.edges.cursor").get(0), page.getString("actors.pageInfo.startCursor"));
            }
            seen.addAll(ids);
            more = page.getBoolean("actors.pageInfo.hasNextPage");
            after = page.getString("actors.pageInfo.endCursor");
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "no actor twice");
    }

    @Test
    void actorsPageBackwardToTheSameListReversed() {
        List<String> forward = data("{ actors(first: 100) { nodes { id } } }").getList("actors.nodes.id");
        List<String> backward = new ArrayList<>();
        String before = null;
        boolean more = true;
        while (more) {
            JsonPath page = data("query($before: String) { actors(last: 3, before: $before) { edges { cursor node { id } }"
                    + " pageInfo { hasNextPage hasPreviousPage startCursor } } }", "before", before);
            List<String> ids = page.getList("actors.edges.node.id");
            assertTrue(ids.size() <= 3);
            assertEquals(before != null, page.getBoolean("actors.pageInfo.hasNextPage"));
            List<String> reversed = new ArrayList<>(ids);
            java.util.Collections.reverse(reversed);
            backward.addAll(reversed);
            more = page.getBoolean("actors.pageInfo.hasPreviousPage");
            before = page.getString("actors.pageInfo.startCursor");
        }
        List<String> expected = new ArrayList<>(forward);
        java.util.Collections.reverse(expected);
        assertEquals(expected, backward);

        // between two cursors
        List<String> cursors = data("{ actors(first: 6) { edges { cursor } } }").getList("actors.edges.cursor");
        List<String> between = data("query($a: String, $b: String) { actors(after: $a, before: $b) { nodes { id } } }",
                "a", cursors.get(1), "b", cursors.get(5)).getList("actors.nodes.id");
        assertEquals(forward.subList(2, 5), between);
        assertThat(error("BAD_USER_INPUT", "{ actors(first: 2, last: 2) { totalCount } }").get("message").toString(), containsString("not both"));
        assertThat(error("LIMIT_EXCEEDED", "{ actors(last: 101) { totalCount } }").get("message").toString(), containsString("last"));
    }

    @Test
    void pageSizeAndCursorsAreValidated() {
        assertThat(error("LIMIT_EXCEEDED", "{ actors(first: 101) { totalCount } }").get("message").toString(), containsString("100"));
        assertThat(error("LIMIT_EXCEEDED", "{ events(first: 1000) { totalCount } }").get("message").toString(), containsString("first"));
        assertThat(error("BAD_USER_INPUT", "{ sources(first: -1) { totalCount } }").get("message").toString(), containsString("negative"));
        assertThat(error("BAD_USER_INPUT", "{ actors(after: \"garbage!\") { totalCount } }").get("message").toString(), containsString("cursor"));
        JsonPath defaults = data("{ sources { totalCount nodes { id } } }");
        assertEquals(Math.min(20, defaults.getInt("sources.totalCount")), defaults.getList("sources.nodes").size(), "the default page size is 20");
    }

    @Test
    void actorFields() {
        JsonPath d = data("""
                { resolveActors(name: "Pashinyan") { name kind key names { value kind } externalIds { scheme value }
                    affiliations { position organization { name } actor { name } sources { excerpt source { publisher } } }
                    participations(role: WITNESS) { totalCount nodes { role attendance event { key } } }
                    sources { excerpt locator source { publisher title } } version createdAt updatedAt } }""");
        assertEquals("actor.nikol-pashinyan", d.getString("resolveActors[0].key"));
        assertThat(d.getList("resolveActors[0].names.value"), containsInAnyOrder("Pashinian", "Pashinyan"));
        assertEquals("Prime Minister of Armenia", d.getString("resolveActors[0].affiliations[0].position"));
        assertEquals("Government of Armenia", d.getString("resolveActors[0].affiliations[0].organization.name"));
        assertEquals("Nikol Pashinyan", d.getString("resolveActors[0].affiliations[0].actor.name"));
        assertThat(d.getList("resolveActors[0].affiliations[0].sources"), not(empty()));
        assertEquals(1, d.getInt("resolveActors[0].participations.totalCount"));
        assertEquals("event.initialing-of-peace-agreement-2025-08-08", d.getString("resolveActors[0].participations.nodes[0].event.key"));
        assertThat(d.getList("resolveActors[0].sources.source.publisher"), hasItem("BBC"));
        assertThat(d.getList("resolveActors[0].sources.excerpt"), everyItem(notNullValue()));

        JsonPath armenia = data("""
                { resolveActors(name: "Armenia") { externalIds { scheme value }
                    commitments(side: OBLIGOR, status: [ANNOUNCED]) { totalCount nodes { key } }
                    beneficiary: commitments(side: BENEFICIARY) { nodes { key } }
                    statements { nodes { key kind } } } }""");
        assertThat(armenia.getList("resolveActors[0].externalIds.value"), containsInAnyOrder("Q399", "ARM"));
        assertThat(armenia.getList("resolveActors[0].commitments.nodes.key"), hasItems(
                "commitment.armenia-supports-azerbaijan-cop29-bid", "commitment.armenia-sets-up-tripp-framework"));
        assertThat(armenia.getList("resolveActors[0].commitments.nodes.key"), not(hasItem("commitment.baku-releases-32-servicemen")));
        assertThat(armenia.getList("resolveActors[0].beneficiary.nodes.key"), hasItem("commitment.baku-releases-32-servicemen"));
        assertThat(armenia.getList("resolveActors[0].statements.nodes.kind"), hasItem("JOINT_STATEMENT"));

        List<String> members = data("{ resolveActors(name: \"Government of Azerbaijan\") { members { actor { name } position } } }")
                .getList("resolveActors[0].members.actor.name");
        assertThat(members, hasItems("Ilham Aliyev", "Jeyhun Bayramov", "Elchin Amirbayov"));
    }

    private static org.hamcrest.Matcher<Object> notNullValue() {
        return org.hamcrest.Matchers.notNullValue();
    }

    @Test
    void nestedConnectionsPagePerParent() {
        JsonPath d = data("{ resolveActors(name: \"United States\") { mediatedEvents(first: 1) { totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor } } } }");
        assertEquals(2, d.getInt("resolveActors[0].mediatedEvents.totalCount"));
        assertEquals("event.aliyev-pashinyan-mediated-normalisation-talks", d.getString("resolveActors[0].mediatedEvents.edges[0].node.key"));
        assertTrue(d.getBoolean("resolveActors[0].mediatedEvents.pageInfo.hasNextPage"));
        String after = d.getString("resolveActors[0].mediatedEvents.pageInfo.endCursor");
        JsonPath next = data("query($after: String) { resolveActors(name: \"United States\") { mediatedEvents(first: 1, after: $after) { edges { node { key } } pageInfo { hasNextPage hasPreviousPage } } } }", "after", after);
        assertEquals(List.of(SUMMIT), next.getList("resolveActors[0].mediatedEvents.edges.node.key"));
        assertFalse(next.getBoolean("resolveActors[0].mediatedEvents.pageInfo.hasNextPage"));
        assertTrue(next.getBoolean("resolveActors[0].mediatedEvents.pageInfo.hasPreviousPage"));

        JsonPath last = data("{ resolveActors(name: \"United States\") { mediatedEvents(last: 1) { edges { node { key } } pageInfo { hasPreviousPage hasNextPage } } } }");
        assertEquals(List.of(SUMMIT), last.getList("resolveActors[0].mediatedEvents.edges.node.key"));
        assertTrue(last.getBoolean("resolveActors[0].mediatedEvents.pageInfo.hasPreviousPage"));
        assertFalse(last.getBoolean("resolveActors[0].mediatedEvents.pageInfo.hasNextPage"));
    }

    @Test
    void participationsPagePerActorInSql() {
        // Many actors at once (ROW_NUMBER() per actor) and one actor alone (an index in order) must
        // both give each actor's own list, cut where it asks, in the order it was recorded.
        JsonPath all = data("{ actors(first: 100) { nodes { id participations(first: 100) { totalCount nodes { id } } } } }");
        JsonPath firstTwo = data("{ actors(first: 100) { nodes { participations(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } } } }");
        JsonPath lastTwo = data("{ actors(first: 100) { nodes { participations(last: 2) { nodes { id } pageInfo { hasPreviousPage } } } } }");
        int actors = all.getList("actors.nodes").size();
        int withMore = 0;
        for (int i = 0; i < actors; i++) {
            List<String> full = all.getList("actors.nodes[" + i + "].participations.nodes.id");
            assertEquals(full.size(), all.getInt("actors.nodes[" + i + "].participations.totalCount"));
            assertEquals(full.size(), firstTwo.getInt("actors.nodes[" + i + "].participations.totalCount"));
            assertEquals(full.subList(0, Math.min(2, full.size())), firstTwo.getList("actors.nodes[" + i + "].participations.nodes.id"));
            assertEquals(full.size() > 2, firstTwo.getBoolean("actors.nodes[" + i + "].participations.pageInfo.hasNextPage"));
            assertEquals(full.subList(Math.max(0, full.size() - 2), full.size()), lastTwo.getList("actors.nodes[" + i + "].participations.nodes.id"));
            assertEquals(full.size() > 2, lastTwo.getBoolean("actors.nodes[" + i + "].participations.pageInfo.hasPreviousPage"));
            if (full.size() > 2) {
                withMore++;
                String actor = all.getString("actors.nodes[" + i + "].id");
                List<String> paged = new ArrayList<>();
                String after = null;
                do {
                    JsonPath page = data("query($id: ID!, $after: String) { actor(id: $id) { participations(first: 1, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }",
                            "id", actor, "after", after);
                    assertEquals(full.size(), page.getInt("actor.participations.totalCount"));
                    paged.addAll(page.getList("actor.participations.nodes.id"));
                    after = page.getBoolean("actor.participations.pageInfo.hasNextPage") ? page.getString("actor.participations.pageInfo.endCursor") : null;
                } while (after != null);
                assertEquals(full, paged, "one actor paged one at a time gives its whole list");
            }
        }
        assertTrue(withMore > 0, "the seed has actors with more than two participations");
    }

    // ---- events ------------------------------------------------------------------------------------

    @Test
    void eventsFilterByKindStatusActorRolePlaceProcessAndDates() {
        String us = actorId("United States");
        List<String> mediated = eventKeys("{actor: \"" + us + "\", role: MEDIATOR}");
        assertThat(mediated, containsInAnyOrder("event.aliyev-pashinyan-mediated-normalisation-talks", SUMMIT));
        assertThat(eventKeys("{kind: MILITARY_OPERATION}"), contains("event.nagorno-karabakh-offensive-2023-09"));
        assertThat(eventKeys("{status: PROPOSED}"), hasItems("event.declined-talks-in-the-us-2023", "event.declined-talks-in-spain-2023"));
        assertThat(eventKeys("{status: PROPOSED}"), not(hasItem(SUMMIT)));

        String whiteHouse = data("query($id: ID!) { event(id: $id) { place { id } } }", "id", eventId(SUMMIT)).getString("event.place.id");
        assertEquals(List.of(SUMMIT), eventKeys("{place: \"" + whiteHouse + "\"}"));
        String process = data("{ processes { nodes { id key } } }").getList("processes.nodes", Map.class).stream()
                .filter(p -> "process.armenia-azerbaijan-normalisation".equals(p.get("key"))).findFirst().orElseThrow().get("id").toString();
        assertThat(eventKeys("{process: \"" + process + "\"}"), hasItems(SUMMIT, "event.talks-in-iran-2023-10"));

        // date ranges overlap: October 2023 ("2023-10") overlaps 20-25 October
        List<String> lateOctober = eventKeys("{from: \"2023-10-20\", to: \"2023-10-25\"}");
        assertThat(lateOctober, hasItem("event.talks-in-iran-2023-10"));
        assertThat(lateOctober, not(hasItem(SUMMIT)));
        assertThat(lateOctober, not(hasItem("event.nagorno-karabakh-offensive-2023-09")));
        List<String> august2025 = eventKeys("{from: \"2025-08-01\", to: \"2025-08-31\", kind: MEETING}");
        assertEquals(List.of(SUMMIT), august2025);
    }

    private static List<String> eventKeys(String filter) {
        return data("{ events(filter: " + filter + ", first: 100) { nodes { key } } }").getList("events.nodes.key");
    }

    @Test
    void eventFields() {
        JsonPath summit = data("""
                query($id: ID!) { event(id: $id) { kind status title summary start { edtf earliest latest precision } end { edtf }
                  place { name kind within { name within { name kind } } } process { name }
                  participants { role attendance actor { name } sources { excerpt } }
                  hosts: participants(role: HOST) { actor { name } }
                  mediators { name } statements { key kind } commitments { key } fulfils { key } parts { key }
                  partOf { key } relations { kind } magnitude { amount } sources { excerpt source { publisher url } } } }""",
                "id", eventId(SUMMIT));
        assertEquals("MEETING", summit.getString("event.kind"));
        assertEquals("HELD", summit.getString("event.status"));
        assertEquals("2025-08-08", summit.getString("event.start.earliest"));
        assertEquals("2025-08-08", summit.getString("event.start.latest"));
        assertEquals("DAY", summit.getString("event.start.precision"));
        assertEquals("White House", summit.getString("event.place.name"));
        assertEquals("Washington, D.C.", summit.getString("event.place.within.name"));
        assertEquals("COUNTRY", summit.getString("event.place.within.within.kind"));
        assertEquals("Armenia–Azerbaijan normalisation", summit.getString("event.process.name"));
        assertThat(summit.getList("event.mediators.name"), containsInAnyOrder("Donald Trump", "United States"));
        assertThat(summit.getList("event.hosts.actor.name"), containsInAnyOrder("Donald Trump", "United States"));
        assertThat(summit.getList("event.participants.role"), hasItems("PARTY", "HOST", "MEDIATOR"));
        assertEquals(List.of("statement.washington-joint-declaration-2025-08-08"), summit.getList("event.statements.key"));
        assertEquals(3, summit.getList("event.commitments").size());
        assertThat(summit.getList("event.parts.key"), hasItem("event.initialing-of-peace-agreement-2025-08-08"));
        assertThat(summit.getList("event.fulfils"), empty());
        assertThat(summit.getList("event.sources.source.publisher"), not(empty()));

        JsonPath offensive = data("query($id: ID!) { event(id: $id) { relations { kind event { key magnitude { amount unit qualifier } } } } }",
                "id", eventId("event.nagorno-karabakh-offensive-2023-09"));
        assertEquals("CAUSED", offensive.getString("event.relations[0].kind"));
        assertEquals("event.flight-of-ethnic-armenians-from-nagorno-karabakh-2023", offensive.getString("event.relations[0].event.key"));
        assertEquals(100000.0, offensive.getDouble("event.relations[0].event.magnitude.amount"));
        assertEquals("people", offensive.getString("event.relations[0].event.magnitude.unit"));
        assertEquals("AT_LEAST", offensive.getString("event.relations[0].event.magnitude.qualifier"));

        JsonPath declined = data("query($id: ID!) { event(id: $id) { participants { attendance actor { name } } place { name } } }",
                "id", eventId("event.declined-talks-in-spain-2023"));
        assertEquals("DECLINED", declined.getString("event.participants[0].attendance"));
        assertEquals("Azerbaijan", declined.getString("event.participants[0].actor.name"));
        assertEquals("Spain", declined.getString("event.place.name"));

        JsonPath initialing = data("query($id: ID!) { event(id: $id) { partOf { key } } }", "id", eventId("event.initialing-of-peace-agreement-2025-08-08"));
        assertEquals(SUMMIT, initialing.getString("event.partOf.key"));
    }

    // ---- statements --------------------------------------------------------------------------------

    @Test
    void statementsFilterAndFields() {
        JsonPath joint = data("""
                { statements(filter: {kind: JOINT_STATEMENT}) { totalCount nodes { id key date { edtf } summary quotes { text speaker { name } }
                  authors { name } event { key } process { key } commitments { key } responses { key authors { name } quotes { text speaker { name } } }
                  sources { excerpt } } } }""");
        assertEquals("statement.armenia-azerbaijan-joint-statement-2023-12-07", joint.getString("statements.nodes[0].key"));
        assertEquals("2023-12-07", joint.getString("statements.nodes[0].date.edtf"));
        assertThat(joint.getList("statements.nodes[0].quotes.text"), hasItems("historical chance", "long-awaited peace", "gesture of goodwill"));
        assertThat(joint.getList("statements.nodes[0].authors.name"), containsInAnyOrder("Armenia", "Azerbaijan"));
        assertEquals("event.pm-office-presidential-administration-talks-2023-12", joint.getString("statements.nodes[0].event.key"));
        assertEquals(6, joint.getList("statements.nodes[0].commitments").size());
        assertEquals("Charles Michel", joint.getString("statements.nodes[0].responses[0].authors[0].name"));
        assertEquals("major breakthrough in Armenia-Azerbaijan relations", joint.getString("statements.nodes[0].responses[0].quotes[0].text"));
        assertEquals("Charles Michel", joint.getString("statements.nodes[0].responses[0].quotes[0].speaker.name"));

        String id = joint.getString("statements.nodes[0].id");
        assertEquals("statement.armenia-azerbaijan-joint-statement-2023-12-07",
                data("query($id: ID!) { statement(id: $id) { key respondsTo { key } } }", "id", id).getString("statement.key"));

        String michel = actorId("Charles Michel");
        JsonPath reaction = data("query($a: ID!) { statements(filter: {author: $a}) { nodes { kind respondsTo { key } } } }", "a", michel);
        assertEquals("REACTION", reaction.getString("statements.nodes[0].kind"));
        assertEquals("statement.armenia-azerbaijan-joint-statement-2023-12-07", reaction.getString("statements.nodes[0].respondsTo.key"));

        assertThat(data("query($p: ID!) { statements(filter: {process: $p}, first: 100) { nodes { key } } }", "p", processId())
                .getList("statements.nodes.key"), hasItems("statement.armenia-azerbaijan-joint-statement-2023-12-07",
                "statement.washington-joint-declaration-2025-08-08"));

        List<String> in2025 = data("{ statements(filter: {from: \"2025-01-01\", to: \"2025-12-31\"}, first: 100) { nodes { key } } }").getList("statements.nodes.key");
        assertThat(in2025, hasItem("statement.washington-joint-declaration-2025-08-08"));
        assertThat(in2025, not(hasItem("statement.armenia-azerbaijan-joint-statement-2023-12-07")));
    }

    // ---- commitments ------------------------------------------------------------------------------

    @Test
    void commitmentsFilterAndFields() {
        JsonPath releases = data("""
                { commitments(filter: {kind: PRISONER_RELEASE}) { totalCount nodes { key status description quantity { amount unit qualifier }
                  obligors { name } beneficiaries { name } reciprocalTo { key } madeAt { key } statement { key } process { key }
                  history { status } fulfilledBy { key } deadline { edtf } overdue sources { excerpt } } } }""");
        assertEquals(2, releases.getInt("commitments.totalCount"));
        Map<String, Object> baku = releases.getList("commitments.nodes", Map.class).stream()
                .filter(c -> "commitment.baku-releases-32-servicemen".equals(c.get("key"))).findFirst().orElseThrow();
        assertEquals(32.0, ((Number) ((Map<?, ?>) baku.get("quantity")).get("amount")).doubleValue());
        assertEquals("servicemen", ((Map<?, ?>) baku.get("quantity")).get("unit"));
        assertEquals("EXACT", ((Map<?, ?>) baku.get("quantity")).get("qualifier"));
        assertEquals(List.of(Map.of("name", "Government of Azerbaijan")), baku.get("obligors"));
        assertEquals(List.of(Map.of("name", "Armenia")), baku.get("beneficiaries"));
        assertEquals(List.of(Map.of("key", "commitment.yerevan-releases-2-servicemen")), baku.get("reciprocalTo"));
        assertEquals(Map.of("key", "statement.armenia-azerbaijan-joint-statement-2023-12-07"), baku.get("statement"));
        assertEquals(Boolean.FALSE, baku.get("overdue"), "no deadline, never overdue");
        Map<String, Object> yerevan = releases.getList("commitments.nodes", Map.class).stream()
                .filter(c -> "commitment.yerevan-releases-2-servicemen".equals(c.get("key"))).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("key", "commitment.baku-releases-32-servicemen")), yerevan.get("reciprocalTo"), "reciprocity reads from both ends");

        String baku2 = actorId("Baku");
        assertEquals(List.of("commitment.baku-releases-32-servicemen"),
                data("query($a: ID!) { commitments(filter: {obligor: $a}) { nodes { key } } }", "a", baku2).getList("commitments.nodes.key"));
        String armenia = actorId("Armenia");
        assertThat(data("query($a: ID!) { commitments(filter: {beneficiary: $a}, first: 100) { nodes { key } } }", "a", armenia).getList("commitments.nodes.key"),
                hasItems("commitment.baku-releases-32-servicemen", "commitment.azerbaijan-supports-armenia-regional-group-candidacy"));
        assertThat(data("{ commitments(filter: {status: [FULFILLED, BROKEN]}, first: 100) { nodes { key } } }").getList("commitments.nodes.key"),
                not(hasItem("commitment.baku-releases-32-servicemen")));
        assertThat(data("{ commitments(filter: {status: [ANNOUNCED]}, first: 100) { nodes { key } } }").getList("commitments.nodes.key"),
                hasItem("commitment.baku-releases-32-servicemen"));
        List<String> inProcess = data("query($p: ID!) { commitments(filter: {process: $p}, first: 100) { totalCount nodes { key } } }", "p", processId())
                .getList("commitments.nodes.key");
        assertThat(inProcess, hasItems("commitment.baku-releases-32-servicemen", "commitment.armenia-sets-up-tripp-framework"));
        String otherProcess = data("{ processes(first: 100) { nodes { id key } } }").getList("processes.nodes", Map.class).stream()
                .filter(p -> !"process.armenia-azerbaijan-normalisation".equals(p.get("key"))).map(p -> p.get("id").toString()).findFirst().orElse(null);
        if (otherProcess != null) {
            assertThat(data("query($p: ID!) { commitments(filter: {process: $p}, first: 100) { nodes { key } } }", "p", otherProcess)
                    .getList("commitments.nodes.key"), not(hasItem("commitment.baku-releases-32-servicemen")));
        }
    }

    @Test
    void overdueFollowsTheDeadlinesLatestDay() {
        // "by the end of the year" 2023: deadline 2023, latest day 2023-12-31
        JsonPath d = data("""
                { commitments(filter: {kind: PEACE_TREATY, deadlineFrom: "2023-01-01", deadlineTo: "2023-12-31"}) { nodes { key deadline { edtf latest }
                  onTime: overdue(asOf: "2023-12-31") late: overdue(asOf: "2024-01-01") now: overdue } } }""");
        assertEquals(List.of("commitment.armenia-azerbaijan-peace-treaty-2023"), d.getList("commitments.nodes.key"));
        assertEquals("2023-12-31", d.getString("commitments.nodes[0].deadline.latest"));
        assertFalse(d.getBoolean("commitments.nodes[0].onTime"));
        assertTrue(d.getBoolean("commitments.nodes[0].late"));
        assertTrue(d.getBoolean("commitments.nodes[0].now"), "ANNOUNCED and past its deadline");

        assertThat(data("{ commitments(filter: {overdueAsOf: \"2024-01-01\"}, first: 100) { nodes { key } } }").getList("commitments.nodes.key"),
                hasItem("commitment.armenia-azerbaijan-peace-treaty-2023"));
        assertThat(data("{ commitments(filter: {overdueAsOf: \"2023-12-31\"}, first: 100) { nodes { key } } }").getList("commitments.nodes.key"),
                not(hasItem("commitment.armenia-azerbaijan-peace-treaty-2023")));
        String id = data("{ commitments(filter: {overdueAsOf: \"2024-01-01\"}, first: 100) { nodes { id key } } }").getList("commitments.nodes", Map.class)
                .stream().filter(c -> "commitment.armenia-azerbaijan-peace-treaty-2023".equals(c.get("key"))).findFirst().orElseThrow().get("id").toString();
        assertEquals("PEACE_TREATY", data("query($id: ID!) { commitment(id: $id) { kind } }", "id", id).getString("commitment.kind"));
    }

    // ---- timeline -----------------------------------------------------------------------------------

    static String processId() {
        return data("{ processes { nodes { id key } } }").getList("processes.nodes", Map.class).stream()
                .filter(p -> "process.armenia-azerbaijan-normalisation".equals(p.get("key"))).findFirst().orElseThrow().get("id").toString();
    }

    @Test
    void processTimelineMixesEventsAndStatementsInDateOrder() {
        JsonPath d = data("""
                query($id: ID!) { process(id: $id) { timeline(first: 100) { totalCount nodes { __typename
                  ... on Event { key start { earliest } } ... on Statement { key date { earliest } }
                  ... on CommitmentStatusChange { status date { earliest } } } } } }""", "id", processId());
        List<Map<String, Object>> items = d.getList("process.timeline.nodes");
        assertEquals(d.getInt("process.timeline.totalCount"), items.size());
        List<String> types = items.stream().map(i -> i.get("__typename").toString()).toList();
        assertThat(types, hasItems("Event", "Statement"));
        List<String> dates = items.stream().map(i -> ((Map<?, ?>) (i.containsKey("start") ? i.get("start") : i.get("date"))).get("earliest").toString()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "date order");
        List<Object> keys = items.stream().map(i -> i.get("key")).toList();
        assertTrue(keys.indexOf("event.talks-in-iran-2023-10") < keys.indexOf(SUMMIT));

        JsonPath august = data("""
                query($id: ID!) { process(id: $id) { timeline(from: "2025-08-08", to: "2025-08-08", first: 100) {
                  nodes { ... on Event { key } ... on Statement { key } } } } }""", "id", processId());
        List<Object> augustKeys = august.getList("process.timeline.nodes.key");
        assertThat(augustKeys, hasItems(SUMMIT, "statement.washington-joint-declaration-2025-08-08"));
        assertThat(augustKeys, not(hasItem("event.talks-in-iran-2023-10")));

        // paging by cursor gives the same list
        List<Object> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data("query($id: ID!, $a: String) { process(id: $id) { timeline(first: 7, after: $a) { nodes { ... on Event { id } ... on Statement { id } ... on CommitmentStatusChange { id } } pageInfo { hasNextPage endCursor } } } }",
                    "id", processId(), "a", after);
            paged.addAll(page.getList("process.timeline.nodes.id"));
            more = page.getBoolean("process.timeline.pageInfo.hasNextPage");
            after = page.getString("process.timeline.pageInfo.endCursor");
        }
        List<Object> all = data("query($id: ID!) { process(id: $id) { timeline(first: 100) { nodes { ... on Event { id } ... on Statement { id } ... on CommitmentStatusChange { id } } } } }",
                "id", processId()).getList("process.timeline.nodes.id");
        assertEquals(all, paged);
        assertThat(error("BAD_USER_INPUT", "query($id: ID!) { process(id: $id) { timeline(from: \"2025-01-02\", to: \"2025-01-01\") { totalCount } } }",
                "id", processId()).get("message").toString(), containsString("after"));
    }

    // ---- processes and sources ---------------------------------------------------------------------

    @Test
    void processesAndSources() {
        JsonPath p = data("{ processes { totalCount nodes { id key name description sources { excerpt } } } }");
        Map<String, Object> process = p.getList("processes.nodes", Map.class).stream()
                .filter(n -> "process.armenia-azerbaijan-normalisation".equals(n.get("key"))).findFirst().orElseThrow();
        assertEquals("Armenia–Azerbaijan normalisation", process.get("name"));
        assertEquals("Armenia–Azerbaijan normalisation",
                data("query($id: ID!) { process(id: $id) { name } }", "id", process.get("id")).getString("process.name"));

        JsonPath s = data("{ sources(first: 100) { totalCount nodes { key publisher title url published { edtf precision } language } } }");
        assertTrue(s.getInt("sources.totalCount") >= 11);
        Map<String, Object> bbc = s.getList("sources.nodes", Map.class).stream()
                .filter(n -> "source.bbc-2023-12-08".equals(n.get("key"))).findFirst().orElseThrow();
        assertEquals("BBC", bbc.get("publisher"));
        assertEquals(Map.of("edtf", "2023-12-08", "precision", "DAY"), bbc.get("published"));
        assertEquals("en", bbc.get("language"));
        assertNotNull(s.getList("sources.nodes", Map.class).stream().filter(n -> n.get("url") != null).findFirst().orElse(null));
    }
}
