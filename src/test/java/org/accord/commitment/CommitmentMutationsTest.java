package org.accord.commitment;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.cite;
import static org.accord.support.Fixtures.commitment;
import static org.accord.support.Fixtures.event;
import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.missing;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * createCommitment, updateCommitment, deleteCommitment, recordCommitmentStatus (with its
 * transition rules), statusAsOf, linkFulfilment and unlinkFulfilment, over HTTP.
 */
@QuarkusTest
public class CommitmentMutationsTest {

    static final String FIELDS = """
            id version kind description status obligors { id } beneficiaries { id } quantity { amount unit qualifier } deadline { edtf latest }
            madeAt { id } statement { id } process { id } reciprocalTo { id } fulfilledBy { id } history { id status date { edtf } note sources { excerpt } }""";
    static final String CREATE = "mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { " + FIELDS + " } } }";
    static final String UPDATE = "mutation($in: UpdateCommitmentInput!) { updateCommitment(input: $in) { commitment { " + FIELDS + " } } }";
    static final String DELETE = "mutation($in: DeleteCommitmentInput!) { deleteCommitment(input: $in) { deletedId } }";
    static final String RECORD = """
            mutation($in: RecordCommitmentStatusInput!) { recordCommitmentStatus(input: $in) {
              commitment { id version status history { status date { edtf } note } } change { id status date { edtf } note sources { excerpt source { id } } } } }""";
    static final String LINK = "mutation($in: LinkFulfilmentInput!) { linkFulfilment(input: $in) { commitment { fulfilledBy { id } } event { fulfils { id } } } }";
    static final String UNLINK = "mutation($in: UnlinkFulfilmentInput!) { unlinkFulfilment(input: $in) { commitment { fulfilledBy { id } } event { fulfils { id } } } }";

    @Inject
    SessionFactory sessionFactory;

    private static JsonPath record(String commitment, int version, String status, String date, String note, String source) {
        return data(RECORD, "in", map("commitment", commitment, "expectedVersion", version, "status", status, "date", date, "note", note,
                "citations", List.of(map("source", source, "excerpt", "Reported " + status + " on " + date, "locator", "paragraph 2"))));
    }

    private static String recordError(String code, String commitment, int version, String status, String date, String note, String source) {
        return error(code, RECORD, "in", map("commitment", commitment, "expectedVersion", version, "status", status, "date", date, "note", note,
                "citations", List.of(map("source", source)))).get("message").toString();
    }

    // ---- create, update, delete -------------------------------------------------------------------

    @Test
    void createCommitmentWithItsLinks() {
        String baku = actor(unique("Obligor state"));
        String yerevan = actor(unique("Beneficiary state"));
        String talks = event(unique("Commitment talks"));
        String process = process(unique("Commitment process"));
        String statement = data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", map("kind", "JOINT_STATEMENT", "date", "2023-12-07", "authors", List.of(baku, yerevan))).getString("createStatement.statement.id");
        String other = commitment(unique("Reciprocal release"), yerevan);
        String description = unique("Release of 32 servicemen");
        JsonPath d = data(CREATE, "in", map("kind", "PRISONER_RELEASE", "description", description, "obligors", List.of(baku), "beneficiaries", List.of(yerevan),
                "quantity", map("amount", 32, "unit", "servicemen", "qualifier", "EXACT"), "deadline", "2023",
                "madeAt", talks, "statement", statement, "process", process, "reciprocalTo", List.of(other)));
        String id = d.getString("createCommitment.commitment.id");
        assertEquals("ANNOUNCED", d.getString("createCommitment.commitment.status"));
        assertEquals(0, d.getInt("createCommitment.commitment.version"));
        assertEquals(List.of(baku), d.getList("createCommitment.commitment.obligors.id"));
        assertEquals(List.of(yerevan), d.getList("createCommitment.commitment.beneficiaries.id"));
        assertEquals(Map.of("amount", 32.0f, "unit", "servicemen", "qualifier", "EXACT"), d.getMap("createCommitment.commitment.quantity"));
        assertEquals("2023-12-31", d.getString("createCommitment.commitment.deadline.latest"));
        assertEquals(talks, d.getString("createCommitment.commitment.madeAt.id"));
        assertEquals(statement, d.getString("createCommitment.commitment.statement.id"));
        assertEquals(process, d.getString("createCommitment.commitment.process.id"));
        assertEquals(List.of(other), d.getList("createCommitment.commitment.reciprocalTo.id"));
        assertThat(d.getList("createCommitment.commitment.history"), empty());
        assertEquals(List.of(id), data("query($id: ID!) { commitment(id: $id) { reciprocalTo { id } } }", "id", other).getList("commitment.reciprocalTo.id"),
                "reciprocity reads from both ends");
        assertEquals(List.of(id), data("query($a: ID!) { commitments(filter: {obligor: $a}) { nodes { id } } }", "a", baku).getList("commitments.nodes.id"));
        assertEquals(List.of(id), data("query($e: ID!) { event(id: $e) { commitments { id } } }", "e", talks).getList("event.commitments.id"));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        String a = actor(unique("Checked obligor"));
        String description = unique("Invalid commitment");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "OTHER", "description", description, "obligors", List.of())).get("message").toString(),
                containsString("input.obligors: size must be between 1 and 100"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "OTHER", "description", description, "obligors", List.of(a),
                "quantity", map("amount", 3, "unit", "", "qualifier", "EXACT"))).get("message").toString(), containsString("input.quantity.unit"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "OTHER", "description", description, "obligors", List.of(a), "deadline", "by Christmas"))
                .get("message").toString(), containsString("input.deadline: Invalid EDTF date \"by Christmas\""));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "OTHER", "description", description, "obligors", List.of(a, a)))
                .get("message").toString(), containsString("input.obligors[1]"));
        assertThat(error("NOT_FOUND", CREATE, "in", map("kind", "OTHER", "description", description, "obligors", List.of(a), "reciprocalTo", List.of(missing("Commitment"))))
                .get("message").toString(), containsString("input.reciprocalTo[0]: no Commitment"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "OTHER", "description", description, "obligors", List.of(a), "madeAt", a))
                .get("message").toString(), allOf(containsString("input.madeAt"), containsString("not a Event id")));
        assertThat(data("query($a: ID!) { commitments(filter: {obligor: $a}) { nodes { id } } }", "a", a).getList("commitments.nodes"), empty());
    }

    @Test
    void updateReplacesFieldsAndLinksButKeepsTheStatus() {
        String a = actor(unique("Old obligor"));
        String b = actor(unique("New obligor"));
        String other = commitment(unique("Partner promise"), b);
        String src = source(unique("Commitment update source"));
        String id = data(CREATE, "in", map("kind", "ECONOMIC", "description", "old", "obligors", List.of(a), "beneficiaries", List.of(b),
                "deadline", "2025", "reciprocalTo", List.of(other))).getString("createCommitment.commitment.id");
        record(id, 0, "IN_PROGRESS", "2025-02", null, src);

        JsonPath d = data(UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "CONNECTIVITY", "description", "new", "obligors", List.of(b, a)));
        assertEquals(2, d.getInt("updateCommitment.commitment.version"));
        assertEquals("CONNECTIVITY", d.getString("updateCommitment.commitment.kind"));
        assertEquals("IN_PROGRESS", d.getString("updateCommitment.commitment.status"), "update does not touch the status");
        assertEquals(1, d.getList("updateCommitment.commitment.history").size());
        assertThat(d.getList("updateCommitment.commitment.obligors.id"), containsInAnyOrder(a, b));
        assertThat(d.getList("updateCommitment.commitment.beneficiaries"), empty());
        assertNull(d.get("updateCommitment.commitment.deadline"));
        assertThat(d.getList("updateCommitment.commitment.reciprocalTo"), empty());
        assertThat(data("query($id: ID!) { commitment(id: $id) { reciprocalTo { id } } }", "id", other).getList("commitment.reciprocalTo"), empty());

        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", id, "expectedVersion", 2, "kind", "OTHER", "description", "x", "obligors", List.of(a),
                "reciprocalTo", List.of(other, id))).get("message").toString(), containsString("input.reciprocalTo[1]: a commitment cannot be reciprocal to itself"));
        assertThat(error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "OTHER", "description", "x", "obligors", List.of(a)))
                .get("message").toString(), containsString("Commitment " + id + " is at version 2, not 1"));
        assertEquals("new", data("query($id: ID!) { commitment(id: $id) { description } }", "id", id).getString("commitment.description"));
    }

    /**
     * A process's timeline pages its commitments' status changes through each change's copy of
     * the commitment's process (V8): a change recorded on a commitment appears in its process's
     * timeline, and moves with the commitment to another process or out of any.
     */
    @Test
    void statusChangesFollowTheirCommitmentsProcessInTheTimeline() {
        String a = actor(unique("Timeline obligor"));
        String src = source(unique("Timeline source"));
        String first = process(unique("First process"));
        String second = process(unique("Second process"));
        String id = data(CREATE, "in", map("kind", "OTHER", "description", "moving promise", "obligors", List.of(a), "process", first))
                .getString("createCommitment.commitment.id");
        String change = record(id, 0, "IN_PROGRESS", "2024-03", null, src).getString("recordCommitmentStatus.change.id");
        String timeline = "query($p: ID!) { process(id: $p) { timeline { totalCount nodes { ... on CommitmentStatusChange { id } } } } }";
        assertEquals(List.of(change), data(timeline, "p", first).getList("process.timeline.nodes.id"));
        assertEquals(1, data(timeline, "p", first).getInt("process.timeline.totalCount"));

        data(UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "OTHER", "description", "moved promise", "obligors", List.of(a), "process", second));
        assertEquals(0, data(timeline, "p", first).getInt("process.timeline.totalCount"));
        assertEquals(List.of(change), data(timeline, "p", second).getList("process.timeline.nodes.id"));
        String later = record(id, 2, "FULFILLED", "2024-06", null, src).getString("recordCommitmentStatus.change.id");
        assertEquals(List.of(change, later), data(timeline, "p", second).getList("process.timeline.nodes.id"));

        data(UPDATE, "in", map("id", id, "expectedVersion", 3, "kind", "OTHER", "description", "no process", "obligors", List.of(a)));
        assertEquals(0, data(timeline, "p", second).getInt("process.timeline.totalCount"));
    }

    @Test
    void aTimelineStatusChangeTellsWhichCommitmentChanged() {
        String a = actor(unique("Timeline obligor"));
        String src = source(unique("Timeline source"));
        String process = process(unique("Process with fulfilled promises"));
        String kept = data(CREATE, "in", map("kind", "OTHER", "description", "kept promise", "obligors", List.of(a), "process", process))
                .getString("createCommitment.commitment.id");
        String broken = data(CREATE, "in", map("kind", "OTHER", "description", "broken promise", "obligors", List.of(a), "process", process))
                .getString("createCommitment.commitment.id");
        record(kept, 0, "FULFILLED", "2023-12-13", null, src);
        record(broken, 0, "BROKEN", "2024-01", null, src);
        JsonPath timeline = data("query($p: ID!) { process(id: $p) { timeline { nodes { ... on CommitmentStatusChange {"
                + " status commitment { id description } } } } } }", "p", process);
        assertEquals(List.of("FULFILLED", "BROKEN"), timeline.getList("process.timeline.nodes.status"));
        assertEquals(List.of(kept, broken), timeline.getList("process.timeline.nodes.commitment.id"));
        assertEquals(List.of("kept promise", "broken promise"), timeline.getList("process.timeline.nodes.commitment.description"));
    }

    @Test
    void deleteRemovesHistoryLinksAndCitations() {
        String a = actor(unique("Deleted promise's obligor"));
        String other = commitment(unique("Partner of a deleted promise"), a);
        String keeper = event(unique("Keeping event"));
        String src = source(unique("Deleted promise source"));
        String id = data(CREATE, "in", map("kind", "OTHER", "description", unique("Deleted promise"), "obligors", List.of(a), "reciprocalTo", List.of(other)))
                .getString("createCommitment.commitment.id");
        String change = record(id, 0, "IN_PROGRESS", "2024-02", null, src).getString("recordCommitmentStatus.change.id");
        String citation = cite(id, src, "They promised.");
        data(LINK, "in", map("commitment", id, "event", keeper));

        assertThat(error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 0)).get("message").toString(), containsString("is at version 1, not 0"));
        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 1)).getString("deleteCommitment.deletedId"));
        assertFalse(exists(id));
        assertFalse(exists(change), "its history goes with it");
        assertFalse(exists(citation));
        assertTrue(exists(src), "the source stays");
        assertThat(data("query($id: ID!) { commitment(id: $id) { reciprocalTo { id } } }", "id", other).getList("commitment.reciprocalTo"), empty());
        assertThat(data("query($id: ID!) { event(id: $id) { fulfils { id } } }", "id", keeper).getList("event.fulfils"), empty());
        assertTrue(exists(keeper));
    }

    // ---- status ------------------------------------------------------------------------------------

    @Test
    void recordCommitmentStatusAppendsDatedCitedChanges() {
        String a = actor(unique("Status obligor"));
        String src = source(unique("Status source"));
        String id = commitment(unique("Tracked promise"), a);

        JsonPath first = record(id, 0, "IN_PROGRESS", "2024-03", null, src);
        assertEquals("IN_PROGRESS", first.getString("recordCommitmentStatus.commitment.status"));
        assertEquals(1, first.getInt("recordCommitmentStatus.commitment.version"));
        assertEquals("2024-03", first.getString("recordCommitmentStatus.change.date.edtf"));
        assertEquals(List.of("Reported IN_PROGRESS on 2024-03"), first.getList("recordCommitmentStatus.change.sources.excerpt"));
        assertEquals(src, first.getString("recordCommitmentStatus.change.sources[0].source.id"));

        JsonPath second = record(id, 1, "FULFILLED", "2024-06-15", null, src);
        assertEquals("FULFILLED", second.getString("recordCommitmentStatus.commitment.status"));
        assertEquals(List.of("IN_PROGRESS", "FULFILLED"), second.getList("recordCommitmentStatus.commitment.history.status"));
        assertEquals(List.of(id), data("query($a: ID!) { commitments(filter: {obligor: $a, status: [FULFILLED]}) { nodes { id } } }", "a", a)
                .getList("commitments.nodes.id"));
    }

    @Test
    void transitionsNeedANoteSayingWhy() {
        String a = actor(unique("Transition obligor"));
        String src = source(unique("Transition source"));
        String id = commitment(unique("Promise with a turbulent history"), a);

        assertThat(recordError("BAD_USER_INPUT", id, 0, "ANNOUNCED", "2024-01", null, src),
                allOf(containsString("input.note"), containsString("is ANNOUNCED already"), containsString("same status again")));
        record(id, 0, "FULFILLED", "2024-06-15", null, src);

        // leaving a final status
        assertThat(recordError("BAD_USER_INPUT", id, 1, "IN_PROGRESS", "2024-07", null, src),
                allOf(containsString("input.note"), containsString("FULFILLED, a final status"), containsString("going back to IN_PROGRESS")));
        assertThat(recordError("BAD_USER_INPUT", id, 1, "IN_PROGRESS", "2024-07", "   ", src), containsString("final status"));
        // the same status again
        assertThat(recordError("BAD_USER_INPUT", id, 1, "FULFILLED", "2024-07", null, src), containsString("same status again"));
        // dated before the latest change
        assertThat(recordError("BAD_USER_INPUT", id, 1, "BROKEN", "2024-05", null, src),
                allOf(containsString("input.date: 2024-05 is before the latest recorded change (FULFILLED on 2024-06-15)"), containsString("note")));
        JsonPath unchanged = data("query($id: ID!) { commitment(id: $id) { version status history { status } } }", "id", id);
        assertEquals(1, unchanged.getInt("commitment.version"), "refused changes record nothing");
        assertEquals(List.of("FULFILLED"), unchanged.getList("commitment.history.status"));

        // with a note, each is accepted; a change dated before the latest leaves the status as it is
        JsonPath backdated = record(id, 1, "STALLED", "2024-05", "The May stall was reported late.", src);
        assertEquals("FULFILLED", backdated.getString("recordCommitmentStatus.commitment.status"));
        assertEquals(List.of("STALLED", "FULFILLED"), backdated.getList("recordCommitmentStatus.commitment.history.status"));
        assertEquals(2, backdated.getInt("recordCommitmentStatus.commitment.version"));
        JsonPath reopened = record(id, 2, "IN_PROGRESS", "2024-08", "Fighting resumed; the release was reversed.", src);
        assertEquals("IN_PROGRESS", reopened.getString("recordCommitmentStatus.commitment.status"));
        assertEquals("Fighting resumed; the release was reversed.", reopened.getString("recordCommitmentStatus.change.note"));
        assertEquals("IN_PROGRESS", record(id, 3, "IN_PROGRESS", "2024-09", "Confirmed by a second source.", src)
                .getString("recordCommitmentStatus.commitment.status"));
    }

    @Test
    void recordCommitmentStatusChecksItsInput() {
        String a = actor(unique("Checked status obligor"));
        String src = source(unique("Checked status source"));
        String id = commitment(unique("Checked promise"), a);
        assertThat(recordError("CONFLICT", id, 7, "IN_PROGRESS", "2024", null, src), containsString("is at version 0, not 7"));
        assertThat(recordError("BAD_USER_INPUT", id, 0, "IN_PROGRESS", "2024-02-30", null, src), containsString("input.date: Invalid EDTF date \"2024-02-30\""));
        assertThat(recordError("NOT_FOUND", id, 0, "IN_PROGRESS", "2024", null, missing("Source")), containsString("input.citations[0].source: no Source"));
        assertThat(recordError("BAD_USER_INPUT", id, 0, "IN_PROGRESS", "2024", null, a), containsString("input.citations[0].source"));
        assertThat(recordError("NOT_FOUND", missing("Commitment"), 0, "IN_PROGRESS", "2024", null, src), containsString("input.commitment"));
        assertThat(error("BAD_USER_INPUT", RECORD, "in", map("commitment", id, "expectedVersion", 0, "status", "IN_PROGRESS", "date", "2024",
                "citations", List.of())).get("message").toString(), containsString("input.citations: size must be between 1 and 100"));
        assertEquals("ANNOUNCED", data("query($id: ID!) { commitment(id: $id) { status } }", "id", id).getString("commitment.status"));
        assertEquals(0, version(id));
    }

    // ---- statusAsOf ----------------------------------------------------------------------------------

    @Test
    void statusAsOfIsDerivedFromTheHistory() {
        String a = actor(unique("As-of obligor"));
        String src = source(unique("As-of source"));
        String statement = data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", map("kind", "DECLARATION", "date", "2024-02-10", "authors", List.of(a))).getString("createStatement.statement.id");
        String id = data(CREATE, "in", map("kind", "OTHER", "description", unique("Dated promise"), "obligors", List.of(a), "statement", statement))
                .getString("createCommitment.commitment.id");
        String query = """
                query($id: ID!) { commitment(id: $id) { before: statusAsOf(date: "2024-02-09") made: statusAsOf(date: "2024-02-10")
                  midMarch: statusAsOf(date: "2024-03-15") endOfMarch: statusAsOf(date: "2024-03-31") june14: statusAsOf(date: "2024-06-14")
                  june15: statusAsOf(date: "2024-06-15") later: statusAsOf(date: "2030-01-01") } }""";

        // no history: its current status, from the day its statement was made
        JsonPath none = data(query, "id", id);
        assertNull(none.get("commitment.before"));
        assertEquals("ANNOUNCED", none.getString("commitment.made"));
        assertEquals("ANNOUNCED", none.getString("commitment.later"));

        record(id, 0, "IN_PROGRESS", "2024-03", null, src);
        record(id, 1, "FULFILLED", "2024-06-15", null, src);
        JsonPath d = data(query, "id", id);
        assertNull(d.get("commitment.before"), "not made yet");
        assertEquals("ANNOUNCED", d.getString("commitment.made"), "made, no change in effect yet");
        assertEquals("ANNOUNCED", d.getString("commitment.midMarch"), "\"2024-03\" is certain only from its latest day");
        assertEquals("IN_PROGRESS", d.getString("commitment.endOfMarch"));
        assertEquals("IN_PROGRESS", d.getString("commitment.june14"));
        assertEquals("FULFILLED", d.getString("commitment.june15"));
        assertEquals("FULFILLED", d.getString("commitment.later"));
    }

    @Test
    void withoutAStatementOrEventACommitmentCountsAsMadeWhenRecorded() {
        String id = commitment(unique("Undated promise"), actor(unique("Undated obligor")));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath d = data("query($id: ID!, $past: Date!, $future: Date!) { commitment(id: $id) { past: statusAsOf(date: $past) future: statusAsOf(date: $future) } }",
                "id", id, "past", today.minusYears(1).toString(), "future", today.plusDays(1).toString());
        assertNull(d.get("commitment.past"));
        assertEquals("ANNOUNCED", d.getString("commitment.future"));
    }

    /** Runs statusAsOf over a process's commitments and returns the number of SQL statements it took. */
    private long statusAsOfStatements(String process, int expected) {
        var stats = sessionFactory.getStatistics();
        long before = stats.getPrepareStatementCount();
        JsonPath d = data("query($p: ID!) { commitments(filter: {process: $p}, first: 100) { nodes { id a: statusAsOf(date: \"2024-06-30\") b: statusAsOf(date: \"2000-01-01\") } } }",
                "p", process);
        long count = stats.getPrepareStatementCount() - before;
        List<Map<String, Object>> nodes = d.getList("commitments.nodes");
        assertEquals(expected, nodes.size());
        for (Map<String, Object> node : nodes) {
            assertNull(node.get("b"), "not made in 2000");
            assertTrue(List.of("ANNOUNCED", "IN_PROGRESS").contains(node.get("a")), node::toString);
        }
        return count;
    }

    private static String processWithCommitments(int count) {
        String process = process(unique("As-of batch"));
        String a = actor(unique("Batch obligor"));
        String src = source(unique("Batch source"));
        String statement = data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", map("kind", "DECLARATION", "date", "2024-01-15", "authors", List.of(a))).getString("createStatement.statement.id");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(data(CREATE, "in", map("kind", "OTHER", "description", "Batch promise " + i, "obligors", List.of(a), "process", process,
                    "statement", statement)).getString("createCommitment.commitment.id"));
        }
        for (int i = 0; i < count; i += 2) {
            record(ids.get(i), 0, "IN_PROGRESS", "2024-05", null, src);
        }
        return process;
    }

    @Test
    void statusAsOfIsBatched() {
        long large = statusAsOfStatements(processWithCommitments(12), 12);
        long small = statusAsOfStatements(processWithCommitments(3), 3);
        assertEquals(small, large, "the number of statements must not grow with the commitments");
        // the page (count and rows), then per date: the histories and the days made
        assertTrue(large <= 6, "statusAsOf for 12 commitments took " + large + " statements");
    }

    // ---- fulfilment ----------------------------------------------------------------------------------

    @Test
    void fulfilmentsAreLinkedAndUnlinked() {
        String a = actor(unique("Fulfilling obligor"));
        String id = commitment(unique("Kept promise"), a);
        String release = event(unique("Release"));
        JsonPath linked = data(LINK, "in", map("commitment", id, "event", release));
        assertEquals(List.of(release), linked.getList("linkFulfilment.commitment.fulfilledBy.id"));
        assertEquals(List.of(id), linked.getList("linkFulfilment.event.fulfils.id"));
        assertThat(error("CONFLICT", LINK, "in", map("commitment", id, "event", release)).get("message").toString(), containsString("already linked"));
        assertThat(error("BAD_USER_INPUT", LINK, "in", map("commitment", release, "event", release)).get("message").toString(),
                allOf(containsString("input.commitment"), containsString("not a Commitment id")));
        assertThat(error("NOT_FOUND", LINK, "in", map("commitment", id, "event", missing("Event"))).get("message").toString(), containsString("input.event: no Event"));

        JsonPath unlinked = data(UNLINK, "in", map("commitment", id, "event", release));
        assertThat(unlinked.getList("unlinkFulfilment.commitment.fulfilledBy"), empty());
        assertThat(unlinked.getList("unlinkFulfilment.event.fulfils"), empty());
        assertThat(error("NOT_FOUND", UNLINK, "in", map("commitment", id, "event", release)).get("message").toString(), containsString("is not linked"));
    }
}
