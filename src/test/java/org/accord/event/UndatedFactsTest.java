package org.accord.event;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events and statements that no source dates, and EDTF open and unknown ends: undated records come
 * after the dated ones in every chronological list, page through cursors both ways, and match no
 * date filter; an open end reaches every later day. Each test works in a process of its own, so
 * the shared seed data does not change its lists.
 */
@QuarkusTest
public class UndatedFactsTest {

    private static final String CREATE_EVENT = "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id version start { edtf } } } }";
    private static final String CREATE_STATEMENT = "mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id date { edtf } } } }";
    private static final String EVENTS = """
            query($f: EventFilter, $first: Int, $after: String, $last: Int, $before: String) {
              events(filter: $f, first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";
    private static final String TIMELINE = """
            query($p: ID!, $first: Int, $after: String, $from: Date) {
              node(id: $p) { ... on Process { timeline(first: $first, after: $after, from: $from) {
                totalCount nodes { ... on Event { id } ... on Statement { id } } pageInfo { hasNextPage endCursor } } } }
            }""";

    private static String event(String process, String start, String end, Object... more) {
        Map<String, Object> in = map("kind", "MEETING", "status", "HELD", "title", unique("Meeting"), "process", process, "start", start, "end", end);
        for (int i = 0; i < more.length; i += 2) {
            in.put((String) more[i], more[i + 1]);
        }
        return data(CREATE_EVENT, "in", in).getString("createEvent.event.id");
    }

    private static String statement(String process, String date) {
        return data(CREATE_STATEMENT, "in", map("kind", "CLAIM", "summary", unique("A claim"), "process", process, "date", date))
                .getString("createStatement.statement.id");
    }

    private static List<String> events(Map<String, Object> filter) {
        return data(EVENTS, "f", filter, "first", 50).getList("events.nodes.id");
    }

    @Test
    void undatedEventsComeLastAndPageThroughCursorsBothWays() {
        String p = process(unique("Undated events"));
        String dated = event(p, "1998-01-05", null);
        String undated1 = event(p, null, null);
        String ongoing = event(p, "1998-03/..", null);
        String undated2 = event(p, null, null);
        List<String> expected = List.of(dated, ongoing, undated1, undated2);

        assertEquals(expected, events(map("process", p)), "dated by start, then undated by id");
        assertNull(data("query($id: ID!) { node(id: $id) { ... on Event { start { edtf } } } }", "id", undated1).get("node.start"));

        List<String> forward = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data(EVENTS, "f", map("process", p), "first", 1, "after", after);
            forward.addAll(page.getList("events.nodes.id"));
            more = page.getBoolean("events.pageInfo.hasNextPage");
            after = page.getString("events.pageInfo.endCursor");
        }
        assertEquals(expected, forward, "forward, one by one through each cursor, undated ones included");

        List<String> backward = new ArrayList<>();
        String before = null;
        more = true;
        while (more) {
            JsonPath page = data(EVENTS, "f", map("process", p), "last", 1, "before", before);
            backward.addAll(page.getList("events.nodes.id"));
            more = page.getBoolean("events.pageInfo.hasPreviousPage");
            before = page.getString("events.pageInfo.startCursor");
        }
        Collections.reverse(backward);
        assertEquals(expected, backward, "backward, one by one");
    }

    @Test
    void dateFiltersNeverMatchUndatedEventsAndOpenEndsReachEveryLaterDay() {
        String p = process(unique("Date filters"));
        String dated = event(p, "1998-01-05", null);
        event(p, null, null);
        String ongoing = event(p, "1998-03/..", null);
        String byThen = event(p, "../1997", null);

        assertEquals(List.of(byThen, dated, ongoing), events(map("process", p, "from", "0001-01-01")), "every dated event, no undated one");
        assertEquals(List.of(ongoing), events(map("process", p, "from", "2090-01-01")), "still going on in 2090");
        assertEquals(List.of(byThen), events(map("process", p, "to", "1997-06-30")), "an open start reaches back");
        assertEquals(List.of(), events(map("process", p, "from", "1998-02-01", "to", "1998-02-28")));
    }

    @Test
    void anActorsEventsIncludeUndatedOnesLastAndFollowADateGivenLater() {
        String p = process(unique("Actor events"));
        String mediator = actor(unique("Mediator"));
        List<Object> mediated = List.of(map("actor", mediator, "role", "MEDIATOR"));
        String undated = event(p, null, null, "participants", mediated);
        String dated = event(p, "1998-05-01", null, "participants", mediated);

        // read from the participations' copies of the events' dates
        assertEquals(List.of(dated, undated), events(map("actor", mediator)));
        assertEquals(List.of(dated), events(map("actor", mediator, "from", "1990-01-01")));
        assertEquals(List.of(dated, undated), data("query($a: ID!) { node(id: $a) { ... on Actor { mediatedEvents(first: 10) { nodes { id } } } } }",
                "a", mediator).getList("node.mediatedEvents.nodes.id"));

        // dating the event later updates the copies
        data("mutation($in: UpdateEventInput!) { updateEvent(input: $in) { event { id } } }", "in",
                map("id", undated, "expectedVersion", 0, "kind", "MEETING", "status", "HELD", "title", "Dated at last", "process", p, "start", "1998-04"));
        assertEquals(List.of(undated, dated), events(map("actor", mediator, "from", "1990-01-01")));
    }

    @Test
    void theTimelinePutsUndatedEventsAndStatementsLast() {
        String p = process(unique("Undated timeline"));
        String undatedEvent = event(p, null, null);
        String claim = statement(p, null);
        String meeting = event(p, "1998-06-01", null);
        String statement = statement(p, "1998-05");
        List<String> expected = List.of(statement, meeting, undatedEvent, claim);

        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data(TIMELINE, "p", p, "first", 1, "after", after);
            paged.addAll(page.getList("node.timeline.nodes.id"));
            more = page.getBoolean("node.timeline.pageInfo.hasNextPage");
            after = page.getString("node.timeline.pageInfo.endCursor");
        }
        assertEquals(expected, paged, "dated entries by date, then undated ones by id, through cursors");
        assertEquals(List.of(statement, meeting), data(TIMELINE, "p", p, "first", 10, "from", "1990-01-01").getList("node.timeline.nodes.id"));
        assertEquals(List.of(statement, claim), data("query($f: StatementFilter) { statements(filter: $f, first: 10) { nodes { id } } }",
                "f", map("process", p)).getList("statements.nodes.id"));
    }

    @Test
    void anUndatedEventHasNoEndAndAnIntervalNeedsAKnownEnd() {
        String p = process(unique("Refused dates"));
        Map<String, Object> noStart = error("BAD_USER_INPUT", CREATE_EVENT, "in",
                map("kind", "MEETING", "status", "HELD", "title", unique("Meeting"), "process", p, "end", "1998-02"));
        assertThat((String) noStart.get("message"), containsString("input.end: an undated event has no end"));
        Map<String, Object> bothOpen = error("BAD_USER_INPUT", CREATE_EVENT, "in",
                map("kind", "MEETING", "status", "HELD", "title", unique("Meeting"), "process", p, "start", "../.."));
        assertThat((String) bothOpen.get("message"), containsString("an interval needs at least one known end"));
        assertThat((String) error("BAD_USER_INPUT", CREATE_EVENT, "in",
                map("kind", "MEETING", "status", "HELD", "title", unique("Meeting"), "process", p, "start", "")).get("message"), containsString("empty"));
        assertEquals(List.of(), events(map("process", p)), "nothing stored");
    }
}
