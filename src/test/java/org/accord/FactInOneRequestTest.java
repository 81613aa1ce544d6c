package org.accord;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.commitment;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fact reported by several sources is entered in one request: an event with its participants,
 * the sources of each, and the commitment it kept, recorded FULFILLED in the same document. The
 * first analyst needed 3-5 calls per fact; this is the request docs/api.md shows.
 */
@QuarkusTest
class FactInOneRequestTest {

    /**
     * The request of the README, "Change it", with variables. Its dates are in 1999, away from the
     * seed data, which other tests count on.
     */
    static final String PRISONER_EXCHANGE = """
            mutation Exchange($event: CreateEventInput!, $status: RecordCommitmentStatusInput!) {
              createEvent(input: $event) {
                event { id title participants { role attendance actor { id } sources { excerpt } } sources { excerpt source { id } } fulfils { id } }
              }
              recordCommitmentStatus(input: $status) { change { status date { edtf } } commitment { status } }
            }""";

    private static final String SEARCH_EVENTS = "query($t: String!) { search(text: $t) { nodes { ... on Event { id } } } }";

    @Test
    void anEventWithParticipantsSourcesAndAKeptCommitmentIsOneRequest() {
        String armenia = actor(unique("Armenia"));
        String azerbaijan = actor(unique("Azerbaijan"));
        String reuters = source(unique("Reuters"));
        String tass = source(unique("TASS"));
        String promise = commitment(unique("Release of prisoners"), armenia, azerbaijan);
        String title = unique("Prisoner exchange");

        JsonPath d = data(PRISONER_EXCHANGE,
                "event", map("kind", "PRISONER_RELEASE", "status", "HELD", "title", title, "start", "1999-12-13",
                        "citations", List.of(map("source", reuters, "excerpt", "Armenia and Azerbaijan exchanged prisoners."),
                                map("source", tass, "excerpt", "The exchange took place on the border.")),
                        "participants", List.of(
                                map("actor", armenia, "role", "PARTY", "attendance", "ATTENDED",
                                        "citations", List.of(map("source", reuters, "excerpt", "Armenia released two servicemen."))),
                                map("actor", azerbaijan, "role", "PARTY", "attendance", "ATTENDED",
                                        "citations", List.of(map("source", tass, "excerpt", "Azerbaijan released 32 servicemen.")))),
                        "fulfils", List.of(promise)),
                "status", map("commitment", promise, "expectedVersion", 0, "status", "FULFILLED", "date", "1999-12-13",
                        "citations", List.of(map("source", reuters, "excerpt", "The release promised on 7 December took place."))));

        String event = d.getString("createEvent.event.id");
        assertEquals(title, d.getString("createEvent.event.title"));
        assertEquals(List.of(armenia, azerbaijan), d.getList("createEvent.event.participants.actor.id"));
        assertEquals(List.of(List.of("Armenia released two servicemen."), List.of("Azerbaijan released 32 servicemen.")),
                d.getList("createEvent.event.participants.sources.excerpt"));
        assertEquals(List.of(reuters, tass), d.getList("createEvent.event.sources.source.id"));
        assertEquals(List.of(promise), d.getList("createEvent.event.fulfils.id"));
        assertEquals("FULFILLED", d.getString("recordCommitmentStatus.commitment.status"));

        // Read back in a new request: everything was committed.
        JsonPath back = data("query($e: ID!, $c: ID!) { event(id: $e) { participants { role } sources { excerpt } fulfils { id } }"
                + " commitment(id: $c) { status fulfilledBy { id } history { status sources { excerpt } } } }", "e", event, "c", promise);
        assertEquals(List.of("PARTY", "PARTY"), back.getList("event.participants.role"));
        assertEquals(2, back.getList("event.sources").size());
        assertEquals(List.of(event), back.getList("commitment.fulfilledBy.id"));
        assertEquals("FULFILLED", back.getString("commitment.status"));
        assertEquals(List.of(List.of("The release promised on 7 December took place.")), back.getList("commitment.history.sources.excerpt"));
        assertEquals(List.of(event), data(SEARCH_EVENTS, "t", title).getList("search.nodes.id"), "search finds it by its title");
    }

    /** Every create mutation of a citable record takes its citations inline. */
    @Test
    void everyCreateMutationTakesItsCitations() {
        String source = source(unique("Inline source"));
        String actor = actor(unique("Cited actor's organisation"));
        List<Map<String, Object>> citations = List.of(map("source", source, "excerpt", "As reported."));
        Map<String, Map<String, Object>> inputs = Map.of(
                "createActor", map("kind", "NGO", "name", unique("Cited NGO"), "citations", citations),
                "createAffiliation", map("actor", actor(unique("Cited member")), "organization", actor, "position", "Member", "citations", citations),
                "createPlace", map("name", unique("Cited place"), "kind", "CITY", "citations", citations),
                "createProcess", map("name", unique("Cited process"), "citations", citations),
                "createEvent", map("kind", "OTHER", "status", "PROPOSED", "title", unique("Cited meeting"), "start", "1999", "citations", citations),
                "createStatement", map("kind", "CLAIM", "summary", unique("Cited claim"), "date", "1999-01", "authors", List.of(actor), "citations", citations),
                "createCommitment", map("kind", "OTHER", "description", unique("Cited promise"), "obligors", List.of(actor), "citations", citations));
        inputs.forEach((mutation, input) -> {
            String type = mutation.substring("create".length());
            String record = Character.toLowerCase(type.charAt(0)) + type.substring(1);
            JsonPath d = data("mutation($in: Create" + type + "Input!) { " + mutation + "(input: $in) { " + record + " { sources { excerpt source { id } } } } }",
                    "in", input);
            assertEquals(List.of("As reported."), d.getList(mutation + "." + record + ".sources.excerpt"), mutation);
            assertEquals(List.of(source), d.getList(mutation + "." + record + ".sources.source.id"), mutation);
        });
    }

    /** A participant or kept commitment that is refused refuses the whole event: one transaction. */
    @Test
    void aRefusedPartRefusesTheWholeEvent() {
        String actor = actor(unique("Twice a party"));
        String title = unique("Refused event");
        Map<String, Object> twice = map("actor", actor, "role", "PARTY");
        assertThat(error("BAD_USER_INPUT", "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", map("kind", "MEETING", "status", "HELD", "title", title, "start", "2024", "participants", List.of(twice, twice)))
                .get("message").toString(), containsString("input.participants[1]: the actor is already a PARTY of this event at input.participants[0]"));
        assertThat(error("BAD_USER_INPUT", "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", map("kind", "MEETING", "status", "HELD", "title", title, "start", "2024", "fulfils", List.of(actor)))
                .get("message").toString(), containsString("input.fulfils[0]"));
        assertEquals(List.of(), data(SEARCH_EVENTS, "t", title).getList("search.nodes"), "nothing of the refused events was stored");
    }
}
