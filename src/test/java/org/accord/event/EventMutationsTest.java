package org.accord.event;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.cite;
import static org.accord.support.Fixtures.commitment;
import static org.accord.support.Fixtures.event;
import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.missing;
import static org.accord.support.Fixtures.participate;
import static org.accord.support.Fixtures.place;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.Fixtures.version;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** createEvent, updateEvent, deleteEvent and the participant mutations, over HTTP. */
@QuarkusTest
public class EventMutationsTest {

    static final String EVENT_FIELDS = """
            id version kind status title summary start { edtf earliest latest } end { edtf } place { id } process { id } partOf { id }
            magnitude { amount unit qualifier } cameoCode ploverCategory ploverMode relations { kind event { id } }""";
    static final String CREATE = "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { " + EVENT_FIELDS + " } } }";
    static final String UPDATE = "mutation($in: UpdateEventInput!) { updateEvent(input: $in) { event { " + EVENT_FIELDS + " } } }";
    static final String DELETE = "mutation($in: DeleteEventInput!) { deleteEvent(input: $in) { deletedId } }";
    static final String ADD = "mutation($in: AddParticipantInput!) { addParticipant(input: $in) { participation { id version role attendance actor { id } event { id } } event { id participants { id } } } }";
    static final String UPDATE_PARTICIPANT = "mutation($in: UpdateParticipantInput!) { updateParticipant(input: $in) { participation { id version role attendance } } }";
    static final String REMOVE = "mutation($in: RemoveParticipantInput!) { removeParticipant(input: $in) { removedParticipationId event { id participants { id } } } }";

    private static Map<String, Object> minimal(String title) {
        return map("kind", "MEETING", "status", "HELD", "title", title, "start", "2024-03");
    }

    @Test
    void createEventWithAllItsFields() {
        String place = place(unique("Test city"));
        String process = process(unique("Test process"));
        String series = event(unique("Series of talks"));
        String cause = event(unique("Earlier offensive"));
        String title = unique("Prisoner exchange");
        JsonPath d = data(CREATE, "in", map("kind", "PRISONER_RELEASE", "status", "HELD", "title", title, "summary", "Both sides released prisoners.",
                "start", "2024-01-10~", "end", "2024-01-12", "place", place, "process", process, "partOf", series,
                "magnitude", map("amount", 34, "unit", "servicemen", "qualifier", "EXACT"),
                "cameoCode", "0841", "ploverCategory", "RETREAT", "ploverMode", "release",
                "relations", List.of(map("kind", "FOLLOWED", "event", cause))));
        String id = d.getString("createEvent.event.id");
        assertEquals(0, d.getInt("createEvent.event.version"));
        assertEquals(title, d.getString("createEvent.event.title"));
        assertEquals("2024-01-10~", d.getString("createEvent.event.start.edtf"));
        assertEquals("2024-01-10", d.getString("createEvent.event.start.earliest"));
        assertEquals("2024-01-12", d.getString("createEvent.event.end.edtf"));
        assertEquals(place, d.getString("createEvent.event.place.id"));
        assertEquals(process, d.getString("createEvent.event.process.id"));
        assertEquals(series, d.getString("createEvent.event.partOf.id"));
        assertEquals(34.0, d.getDouble("createEvent.event.magnitude.amount"));
        assertEquals("EXACT", d.getString("createEvent.event.magnitude.qualifier"));
        assertEquals("0841", d.getString("createEvent.event.cameoCode"));
        assertEquals(List.of(Map.of("kind", "FOLLOWED", "event", Map.of("id", cause))), d.getList("createEvent.event.relations"));
        // reachable through the queries: the filter by place, the series' parts
        assertEquals(List.of(id), data("query($p: ID!) { events(filter: {place: $p}) { nodes { id } } }", "p", place).getList("events.nodes.id"));
        assertEquals(List.of(id), data("query($id: ID!) { event(id: $id) { parts { id } } }", "id", series).getList("event.parts.id"));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        String title = unique("Invalid event");
        Map<String, Object> in = minimal(title);
        in.put("start", "2023-13");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", in).get("message").toString(), containsString("input.start: Invalid EDTF date \"2023-13\""));
        in = minimal(title);
        in.put("end", "2024-02");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", in).get("message").toString(), containsString("input.end: 2024-02 is before the start 2024-03"));
        in = minimal(title);
        in.put("cameoCode", "abc");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", in).get("message").toString(), containsString("input.cameoCode"));
        in = minimal(title);
        in.put("magnitude", map("amount", -1, "unit", "people", "qualifier", "ABOUT"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", in).get("message").toString(), containsString("input.magnitude.amount"));
        in = minimal("  ");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", in).get("message").toString(), containsString("input.title"));
        in = minimal(title);
        in.put("place", actor(unique("Not a place")));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", in).get("message").toString(), allOf(containsString("input.place"), containsString("not a Place id")));
        in = minimal(title);
        in.put("process", missing("Process"));
        assertThat(error("NOT_FOUND", CREATE, "in", in).get("message").toString(), allOf(containsString("input.process"), containsString("no Process")));
        in = minimal(title);
        in.put("relations", List.of(map("kind", "CAUSED", "event", missing("Event"))));
        assertThat(error("NOT_FOUND", CREATE, "in", in).get("message").toString(), containsString("input.relations[0].event"));
        assertThat(data("{ events(filter: {from: \"2024-03-01\", to: \"2024-03-31\"}, first: 100) { nodes { title } } }").getList("events.nodes.title"),
                not(hasItem(title)));
    }

    @Test
    void updateReplacesFieldsAndRelations() {
        String first = event(unique("Relation one"));
        String second = event(unique("Relation two"));
        Map<String, Object> in = minimal(unique("Updatable event"));
        in.put("summary", "to be cleared");
        in.put("relations", List.of(map("kind", "CAUSED", "event", first)));
        String id = data(CREATE, "in", in).getString("createEvent.event.id");

        String title = unique("Updated event");
        JsonPath d = data(UPDATE, "in", map("id", id, "expectedVersion", 0, "kind", "CEASEFIRE", "status", "SCHEDULED", "title", title,
                "start", "2024-04-01", "relations", List.of(map("kind", "FOLLOWED", "event", second))));
        assertEquals(1, d.getInt("updateEvent.event.version"));
        assertEquals("CEASEFIRE", d.getString("updateEvent.event.kind"));
        assertEquals(title, d.getString("updateEvent.event.title"));
        assertNull(d.get("updateEvent.event.summary"));
        assertEquals(List.of(Map.of("kind", "FOLLOWED", "event", Map.of("id", second))), d.getList("updateEvent.event.relations"));

        assertThat(error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 0, "kind", "MEETING", "status", "HELD", "title", "x", "start", "2024"))
                .get("message").toString(), containsString("Event " + id + " is at version 1, not 0"));
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "MEETING", "status", "HELD", "title", "x", "start", "2024",
                "relations", List.of(map("kind", "CAUSED", "event", id)))).get("message").toString(), containsString("input.relations[0].event: an event cannot relate to itself"));
        // part of itself, through another event
        Map<String, Object> part = minimal(unique("Part"));
        part.put("partOf", id);
        String child = data(CREATE, "in", part).getString("createEvent.event.id");
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "MEETING", "status", "HELD", "title", "x", "start", "2024",
                "partOf", child)).get("message").toString(), containsString("input.partOf: an event cannot be part of itself"));
        assertEquals(title, data("query($id: ID!) { event(id: $id) { title } }", "id", id).getString("event.title"), "refused updates change nothing");
        assertEquals(1, version(id));
    }

    @Test
    void deleteRemovesParticipationsRelationsAndCitations() {
        String id = event(unique("Deletable event"));
        String other = event(unique("Related event"));
        data(UPDATE, "in", map("id", other, "expectedVersion", 0, "kind", "MEETING", "status", "HELD", "title", unique("Related"), "start", "2024-05-03",
                "relations", List.of(map("kind", "FOLLOWED", "event", id))));
        String actor = actor(unique("Participant"));
        String participation = participate(id, actor, "PARTY");
        String src = source(unique("Event source"));
        String eventCitation = cite(id, src, "It happened.");
        String participationCitation = cite(participation, src, "They took part.");

        assertThat(error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 5)).get("message").toString(), containsString("not 5"));
        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 0)).getString("deleteEvent.deletedId"));
        assertFalse(exists(id));
        assertFalse(exists(participation));
        assertFalse(exists(eventCitation));
        assertFalse(exists(participationCitation));
        assertThat(data("query($id: ID!) { event(id: $id) { relations { kind } } }", "id", other).getList("event.relations"), empty());
        assertTrue(exists(actor), "the actor is not the event's to delete");
    }

    @Test
    void deleteIsRefusedWhileFactsDependOnTheEvent() {
        String id = event(unique("Summit with outcomes"));
        String author = actor(unique("Summit author"));
        data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", map("kind", "JOINT_STATEMENT", "date", "2024-05-02", "event", id, "authors", List.of(author)));
        String promise = commitment(unique("Summit promise"), author);
        data("mutation($in: LinkFulfilmentInput!) { linkFulfilment(input: $in) { event { id } } }", "in", map("commitment", promise, "event", id));
        Map<String, Object> part = minimal(unique("Side meeting"));
        part.put("partOf", id);
        data(CREATE, "in", part);

        String message = error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 0)).get("message").toString();
        assertThat(message, allOf(containsString("Event " + id), containsString("1 statement (issued at it)"),
                containsString("1 commitment (fulfilled by it)"), containsString("1 event (part of it)")));
        assertTrue(exists(id));
    }

    @Test
    void participantsAreAddedUpdatedAndRemoved() {
        String event = event(unique("Talks"));
        String actor = actor(unique("Talking state"));
        JsonPath added = data(ADD, "in", map("event", event, "actor", actor, "role", "MEDIATOR"));
        String id = added.getString("addParticipant.participation.id");
        assertEquals("UNKNOWN", added.getString("addParticipant.participation.attendance"), "attendance defaults to UNKNOWN");
        assertEquals(actor, added.getString("addParticipant.participation.actor.id"));
        assertEquals(List.of(id), added.getList("addParticipant.event.participants.id"));
        assertEquals(List.of(event), data("query($a: ID!) { events(filter: {actor: $a, role: MEDIATOR}) { nodes { id } } }", "a", actor).getList("events.nodes.id"));

        assertThat(error("CONFLICT", ADD, "in", map("event", event, "actor", actor, "role", "MEDIATOR")).get("message").toString(),
                allOf(containsString("already a MEDIATOR"), containsString(id)));
        assertThat(error("BAD_USER_INPUT", ADD, "in", map("event", actor, "actor", actor, "role", "PARTY")).get("message").toString(), containsString("input.event"));
        assertThat(error("NOT_FOUND", ADD, "in", map("event", event, "actor", missing("Actor"), "role", "PARTY")).get("message").toString(), containsString("input.actor"));

        JsonPath updated = data(UPDATE_PARTICIPANT, "in", map("participation", id, "expectedVersion", 0, "role", "HOST", "attendance", "DECLINED"));
        assertEquals("HOST", updated.getString("updateParticipant.participation.role"));
        assertEquals("DECLINED", updated.getString("updateParticipant.participation.attendance"));
        assertEquals(1, updated.getInt("updateParticipant.participation.version"));
        assertThat(error("CONFLICT", UPDATE_PARTICIPANT, "in", map("participation", id, "expectedVersion", 0, "role", "HOST", "attendance", "ATTENDED"))
                .get("message").toString(), containsString("not 0"));
        String party = participate(event, actor, "PARTY");
        assertThat(error("CONFLICT", UPDATE_PARTICIPANT, "in", map("participation", party, "expectedVersion", 0, "role", "HOST", "attendance", "ATTENDED"))
                .get("message").toString(), containsString("already a HOST"));

        String citation = cite(id, source(unique("Participation source")), "hosted the talks");
        assertThat(error("CONFLICT", REMOVE, "in", map("participation", id, "expectedVersion", 0)).get("message").toString(), containsString("not 0"));
        JsonPath removed = data(REMOVE, "in", map("participation", id, "expectedVersion", 1));
        assertEquals(id, removed.getString("removeParticipant.removedParticipationId"));
        assertEquals(List.of(party), removed.getList("removeParticipant.event.participants.id"));
        assertFalse(exists(id));
        assertFalse(exists(citation));
        assertThat(error("NOT_FOUND", REMOVE, "in", map("participation", id, "expectedVersion", 1)).get("message").toString(),
                containsString("input.participation: no Participation"));
        assertThat(data("query($e: ID!) { event(id: $e) { participants { role } } }", "e", event).getList("event.participants.role"), containsInAnyOrder("PARTY"));
    }

    /**
     * Actor.mediatedEvents pages from participation's copies of each event's kind and start: an
     * updated event moves in the list and leaves a kind filter, for one actor (paged from the
     * index) and for several (paged with ROW_NUMBER), and both pagings give the same pages.
     */
    @Test
    void mediatedEventsFollowTheirEventsDateAndKind() {
        String tag = unique("Follow");
        String mediator = actor(tag + " mediator one");
        String other = actor(tag + " mediator two");
        String march = data(CREATE, "in", minimal(unique("March talks"))).getString("createEvent.event.id");
        String may = event(unique("May talks"));
        for (String e : List.of(march, may)) {
            participate(e, mediator, "MEDIATOR");
            participate(e, other, "MEDIATOR");
        }
        String one = "query($a: ID!) { actor(id: $a) { mediatedEvents(kind: MEETING) { totalCount nodes { id } } all: mediatedEvents { nodes { id } } } }";
        String several = "query($t: String!) { actors(filter: {name: $t}) { nodes { mediatedEvents(kind: MEETING) { totalCount nodes { id } } all: mediatedEvents { nodes { id } } } } }";
        assertEquals(List.of(march, may), data(one, "a", mediator).getList("actor.mediatedEvents.nodes.id"));
        assertEquals(List.of(List.of(march, may), List.of(march, may)), data(several, "t", tag).getList("actors.nodes.mediatedEvents.nodes.id"));

        // May's talks moved to 2023: now first.
        data(UPDATE, "in", update(may, version(may), "MEETING", "2023-11"));
        assertEquals(List.of(may, march), data(one, "a", mediator).getList("actor.mediatedEvents.nodes.id"));
        assertEquals(List.of(List.of(may, march), List.of(may, march)), data(several, "t", tag).getList("actors.nodes.mediatedEvents.nodes.id"));

        // March's talks became a signing: out of the MEETING list, still in the unfiltered one.
        data(UPDATE, "in", update(march, version(march), "AGREEMENT_SIGNING", "2024-03"));
        JsonPath d = data(one, "a", mediator);
        assertEquals(List.of(may), d.getList("actor.mediatedEvents.nodes.id"));
        assertEquals(1, d.getInt("actor.mediatedEvents.totalCount"));
        assertEquals(List.of(may, march), d.getList("actor.all.nodes.id"));
        JsonPath both = data(several, "t", tag);
        assertEquals(List.of(1, 1), both.getList("actors.nodes.mediatedEvents.totalCount"));
        assertEquals(List.of(List.of(may, march), List.of(may, march)), both.getList("actors.nodes.all.nodes.id"));

        // Backward and cursor pages agree between one actor and several.
        String page = "mediatedEvents(last: 1) { edges { cursor node { id } } pageInfo { hasPreviousPage } }";
        JsonPath last = data("query($a: ID!) { actor(id: $a) { " + page + " } }", "a", mediator);
        assertEquals(List.of(march), last.getList("actor.mediatedEvents.edges.node.id"));
        assertTrue(last.getBoolean("actor.mediatedEvents.pageInfo.hasPreviousPage"));
        assertEquals(List.of(List.of(march), List.of(march)),
                data("query($t: String!) { actors(filter: {name: $t}) { nodes { " + page + " } } }", "t", tag).getList("actors.nodes.mediatedEvents.edges.node.id"));
        String before = last.getString("actor.mediatedEvents.edges[0].cursor");
        assertEquals(List.of(may), data("query($a: ID!, $b: String) { actor(id: $a) { mediatedEvents(first: 5, before: $b) { totalCount nodes { id } } } }",
                "a", mediator, "b", before).getList("actor.mediatedEvents.nodes.id"));
    }

    /**
     * events(filter: {actor, ...}) pages from participation's copies of each event's dates (V7):
     * it must give what the general path (the same filter plus a status, answered from the event
     * table) gives, count an event once when the actor has two roles in it, follow an event
     * whose end changes, and page forward and backward with cursors.
     */
    @Test
    void eventsOfAnActorComeFromParticipationAndFollowTheirEvents() {
        String actor = actor(unique("Ranges state"));
        String early = create(unique("Early talks"), "2024-01-10", null);       // before the range
        String long_ = create(unique("Long operation"), "2023", "2024-02-15");  // began before, reaches into it
        String march = create(unique("March talks"), "2024-03", null);         // inside, actor in two roles
        String may = create(unique("May talks"), "2024-05-01", "2024-05-03");  // after the range
        for (String e : List.of(early, long_, march, may)) {
            participate(e, actor, "PARTY");
        }
        participate(march, actor, "MEDIATOR");

        String query = "query($f: EventFilter!, $n: Int, $a: String, $l: Int, $b: String) { events(filter: $f, first: $n, after: $a, last: $l, before: $b) {"
                + " totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } }";
        Map<String, Object> range = map("actor", actor, "from", "2024-02-01", "to", "2024-03-31");
        Map<String, Object> general = new java.util.HashMap<>(range);
        general.put("status", "HELD"); // every event here is HELD: same answer, other code path
        for (Map<String, Object> f : List.of(range, general)) {
            JsonPath all = data(query, "f", f, "n", 10);
            assertEquals(List.of(long_, march), all.getList("events.edges.node.id"), "filter " + f);
            assertEquals(2, all.getInt("events.totalCount"), "filter " + f);

            JsonPath first = data(query, "f", f, "n", 1);
            assertEquals(List.of(long_), first.getList("events.edges.node.id"));
            assertTrue(first.getBoolean("events.pageInfo.hasNextPage"));
            JsonPath second = data(query, "f", f, "n", 1, "a", first.getString("events.edges[0].cursor"));
            assertEquals(List.of(march), second.getList("events.edges.node.id"));
            assertFalse(second.getBoolean("events.pageInfo.hasNextPage"));
            JsonPath last = data(query, "f", f, "l", 1);
            assertEquals(List.of(march), last.getList("events.edges.node.id"));
            assertTrue(last.getBoolean("events.pageInfo.hasPreviousPage"));
            assertEquals(List.of(long_), data(query, "f", f, "l", 5, "b", last.getString("events.edges[0].cursor")).getList("events.edges.node.id"));
        }
        Map<String, Object> mediated = new java.util.HashMap<>(range);
        mediated.put("role", "MEDIATOR");
        assertEquals(List.of(march), data(query, "f", mediated, "n", 10).getList("events.edges.node.id"));

        // The long operation ends in 2023 after all: out of the range on both paths.
        data(UPDATE, "in", update(long_, version(long_), "MILITARY_OPERATION", "2023"));
        for (Map<String, Object> f : List.of(range, general)) {
            JsonPath now = data(query, "f", f, "n", 10);
            assertEquals(List.of(march), now.getList("events.edges.node.id"), "filter " + f);
            assertEquals(1, now.getInt("events.totalCount"), "filter " + f);
        }
        // Moved into the range by its start instead.
        data(UPDATE, "in", update(may, version(may), "MEETING", "2024-02-20"));
        assertEquals(List.of(may, march), data(query, "f", range, "n", 10).getList("events.edges.node.id"));
        assertEquals(List.of(may, march), data(query, "f", general, "n", 10).getList("events.edges.node.id"));
    }

    private static String create(String title, String start, String end) {
        Map<String, Object> in = new java.util.HashMap<>(minimal(title));
        in.put("start", start);
        if (end != null) {
            in.put("end", end);
            in.put("kind", "MILITARY_OPERATION");
        }
        return data(CREATE, "in", in).getString("createEvent.event.id");
    }

    private static Map<String, Object> update(String id, int expectedVersion, String kind, String start) {
        Map<String, Object> in = new java.util.HashMap<>(map("kind", kind, "status", "HELD", "title", unique("Moved talks"), "start", start));
        in.put("id", id);
        in.put("expectedVersion", expectedVersion);
        return in;
    }
}
