package org.accord.source;

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
import static org.accord.support.Fixtures.statement;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** createSource, updateSource, deleteSource, addCitation and removeCitation, over HTTP. */
@QuarkusTest
public class SourceMutationsTest {

    static final String FIELDS = "id version key publisher title url published { edtf precision } language";
    static final String CREATE = "mutation($in: CreateSourceInput!) { createSource(input: $in) { source { " + FIELDS + " } } }";
    static final String UPDATE = "mutation($in: UpdateSourceInput!) { updateSource(input: $in) { source { " + FIELDS + " } } }";
    static final String DELETE = "mutation($in: DeleteSourceInput!) { deleteSource(input: $in) { deletedId } }";
    static final String ADD = """
            mutation($in: AddCitationInput!) { addCitation(input: $in) { citation { id version excerpt locator source { id } }
              subject { id ... on Actor { sources { excerpt } } ... on Event { sources { excerpt } } } } }""";
    static final String REMOVE = "mutation($in: RemoveCitationInput!) { removeCitation(input: $in) { removedCitationId subject { id ... on Actor { sources { excerpt } } } } }";

    @Test
    void createUpdateAndDeleteASource() {
        String url = "https://example.org/" + unique("story").replace(' ', '-');
        JsonPath created = data(CREATE, "in", map("publisher", "Test Wire", "title", "Talks resume", "url", url, "published", "2024-05-02", "language", "en"));
        String id = created.getString("createSource.source.id");
        assertEquals(url, created.getString("createSource.source.url"));
        assertEquals("DAY", created.getString("createSource.source.published.precision"));
        assertTrue(created.getString("createSource.source.key").startsWith("api.source."), "sources made through the API get a key of their own");

        assertThat(error("CONFLICT", CREATE, "in", map("publisher", "Other", "title", "Same url", "url", url)).get("message").toString(),
                allOf(containsString("input.url"), containsString(id)));

        JsonPath updated = data(UPDATE, "in", map("id", id, "expectedVersion", 0, "publisher", "Test Wire", "title", "Talks resumed", "url", url));
        assertEquals("Talks resumed", updated.getString("updateSource.source.title"));
        assertNull(updated.get("updateSource.source.published"));
        assertEquals(1, updated.getInt("updateSource.source.version"));
        assertEquals(created.getString("createSource.source.key"), updated.getString("updateSource.source.key"), "the key stays");
        assertThat(error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 0, "publisher", "x", "title", "x")).get("message").toString(),
                containsString("not 0"));

        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 1)).getString("deleteSource.deletedId"));
        assertFalse(exists(id));
        // its url is free again
        data(CREATE, "in", map("publisher", "Test Wire", "title", "Talks resume again", "url", url));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("publisher", "", "title", "t")).get("message").toString(), containsString("input.publisher"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("publisher", "p", "title", "t", "url", "ftp://example.org")).get("message").toString(),
                containsString("input.url"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("publisher", "p", "title", "t", "language", "english language")).get("message").toString(),
                containsString("input.language"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("publisher", "p", "title", "t", "published", "Dec 2023")).get("message").toString(),
                containsString("input.published: Invalid EDTF date"));
    }

    @Test
    void deleteIsRefusedWhileCitationsCiteTheSource() {
        String src = source(unique("Cited source"));
        cite(actor(unique("Cited actor")), src, "one");
        cite(event(unique("Cited event")), src, "two");
        String message = error("CONFLICT", DELETE, "in", map("id", src, "expectedVersion", 0)).get("message").toString();
        assertThat(message, allOf(containsString("Source " + src), containsString("2 citations"), containsString("removeCitation")));
        assertTrue(exists(src));
    }

    @Test
    void citationsAreAddedToAnyFactAndRemoved() {
        String src = source(unique("Citing source"));
        String actor = actor(unique("Cited state"));
        JsonPath added = data(ADD, "in", map("subject", actor, "source", src, "excerpt", "The state was founded.", "locator", "paragraph 3"));
        String citation = added.getString("addCitation.citation.id");
        assertEquals(src, added.getString("addCitation.citation.source.id"));
        assertEquals("paragraph 3", added.getString("addCitation.citation.locator"));
        assertEquals(actor, added.getString("addCitation.subject.id"));
        assertEquals(List.of("The state was founded."), added.getList("addCitation.subject.sources.excerpt"));

        // every kind of fact can be cited
        String event = event(unique("Cited meeting"));
        String a2 = actor(unique("Second cited state"));
        String affiliation = data("mutation($in: CreateAffiliationInput!) { createAffiliation(input: $in) { affiliation { id } } }",
                "in", map("actor", actor, "organization", a2, "position", "Envoy")).getString("createAffiliation.affiliation.id");
        String promise = commitment(unique("Cited promise"), actor);
        String change = data("mutation($in: RecordCommitmentStatusInput!) { recordCommitmentStatus(input: $in) { change { id } } }",
                "in", map("commitment", promise, "expectedVersion", 0, "status", "IN_PROGRESS", "date", "2024", "citations", List.of(map("source", src))))
                .getString("recordCommitmentStatus.change.id");
        for (String subject : List.of(event, affiliation, place(unique("Cited place")), process(unique("Cited process")), participate(event, actor, "PARTY"),
                statement(unique("Cited statement"), actor), promise, change)) {
            assertEquals(subject, data(ADD, "in", map("subject", subject, "source", src)).getString("addCitation.subject.id"));
        }
        assertEquals(1, data("query($id: ID!) { event(id: $id) { sources { excerpt } } }", "id", event).getList("event.sources").size());

        // but not a source, a citation or a name
        assertThat(error("BAD_USER_INPUT", ADD, "in", map("subject", src, "source", src)).get("message").toString(),
                allOf(containsString("input.subject"), containsString("a Source cannot be cited")));
        assertThat(error("BAD_USER_INPUT", ADD, "in", map("subject", citation, "source", src)).get("message").toString(), containsString("a Citation cannot be cited"));
        assertThat(error("NOT_FOUND", ADD, "in", map("subject", missing("Event"), "source", src)).get("message").toString(), containsString("input.subject: no Event"));
        assertThat(error("BAD_USER_INPUT", ADD, "in", map("subject", "bm9wZQ", "source", src)).get("message").toString(), containsString("input.subject"));
        assertThat(error("BAD_USER_INPUT", ADD, "in", map("subject", actor, "source", actor)).get("message").toString(),
                allOf(containsString("input.source"), containsString("not a Source id")));
        assertThat(error("BAD_USER_INPUT", ADD, "in", map("subject", actor, "source", src, "locator", "l".repeat(1001))).get("message").toString(),
                containsString("input.locator"));

        assertThat(error("CONFLICT", REMOVE, "in", map("citation", citation, "expectedVersion", 2)).get("message").toString(), containsString("not 2"));
        JsonPath removed = data(REMOVE, "in", map("citation", citation, "expectedVersion", 0));
        assertEquals(citation, removed.getString("removeCitation.removedCitationId"));
        assertEquals(actor, removed.getString("removeCitation.subject.id"));
        assertThat(removed.getList("removeCitation.subject.sources"), empty());
        assertFalse(exists(citation));
        assertThat(error("NOT_FOUND", REMOVE, "in", map("citation", citation, "expectedVersion", 0)).get("message").toString(),
                containsString("input.citation: no Citation"));
        assertEquals(Map.of("id", src), data("query($id: ID!) { node(id: $id) { id } }", "id", src).getMap("node"));
    }
}
