package org.accord.statement;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.cite;
import static org.accord.support.Fixtures.event;
import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.missing;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.statement;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.Fixtures.version;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** createStatement, updateStatement and deleteStatement, over HTTP. */
@QuarkusTest
public class StatementMutationsTest {

    static final String FIELDS = "id version kind summary date { edtf } event { id } respondsTo { id } process { id } authors { id } quotes { id text speaker { id } }";
    static final String CREATE = "mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { " + FIELDS + " } } }";
    static final String UPDATE = "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { " + FIELDS + " } } }";
    static final String DELETE = "mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId } }";

    @Test
    void createStatementWithAuthorsAndQuotes() {
        String a = actor(unique("Author A"));
        String b = actor(unique("Author B"));
        String summit = event(unique("Statement summit"));
        String process = process(unique("Statement process"));
        String earlier = statement(unique("Earlier claim"), b);
        String summary = unique("Joint statement");
        JsonPath d = data(CREATE, "in", map("kind", "JOINT_STATEMENT", "summary", summary, "date", "2024-05-03", "event", summit,
                "respondsTo", earlier, "process", process, "authors", List.of(a, b),
                "quotes", List.of(map("text", "historic chance", "speaker", a), map("text", "unattributed words"))));
        String id = d.getString("createStatement.statement.id");
        assertEquals(0, d.getInt("createStatement.statement.version"));
        assertEquals("2024-05-03", d.getString("createStatement.statement.date.edtf"));
        assertEquals(List.of(a, b), d.getList("createStatement.statement.authors.id"));
        assertEquals(List.of("historic chance", "unattributed words"), d.getList("createStatement.statement.quotes.text"));
        assertEquals(a, d.getString("createStatement.statement.quotes[0].speaker.id"));
        assertNull(d.get("createStatement.statement.quotes[1].speaker"));
        assertEquals(summit, d.getString("createStatement.statement.event.id"));
        assertEquals(earlier, d.getString("createStatement.statement.respondsTo.id"));
        assertEquals(List.of(id), data("query($a: ID!) { statements(filter: {author: $a}) { nodes { id } } }", "a", a).getList("statements.nodes.id"));
        assertEquals(List.of(id), data("query($id: ID!) { statement(id: $id) { responses { id } } }", "id", earlier).getList("statement.responses.id"));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        String a = actor(unique("Checked author"));
        String summary = unique("Invalid statement");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "summary", summary, "date", "2024-5-3")).get("message").toString(),
                containsString("input.date: Invalid EDTF date"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "summary", summary, "date", "2024", "quotes", List.of(map("text", " "))))
                .get("message").toString(), containsString("input.quotes[0].text"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "summary", summary, "date", "2024", "authors", List.of(a, a)))
                .get("message").toString(), containsString("input.authors[1]: names the same Actor as input.authors[0]"));
        assertThat(error("NOT_FOUND", CREATE, "in", map("kind", "CLAIM", "summary", summary, "date", "2024", "authors", List.of(a, missing("Actor"))))
                .get("message").toString(), containsString("input.authors[1]: no Actor"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "summary", summary, "date", "2024", "event", a))
                .get("message").toString(), allOf(containsString("input.event"), containsString("not a Event id")));
        assertThat(error("NOT_FOUND", CREATE, "in", map("kind", "CLAIM", "summary", summary, "date", "2024", "quotes", List.of(map("text", "x", "speaker", missing("Actor")))))
                .get("message").toString(), containsString("input.quotes[0].speaker"));
        assertThat(data("query($a: ID!) { statements(filter: {author: $a}) { nodes { summary } } }", "a", a).getList("statements.nodes.summary"),
                not(hasItem(summary)));
    }

    @Test
    void updateReplacesAuthorsAndQuotes() {
        String a = actor(unique("First author"));
        String b = actor(unique("Second author"));
        String id = data(CREATE, "in", map("kind", "DECLARATION", "summary", "before", "date", "2024-05", "authors", List.of(a),
                "quotes", List.of(map("text", "kept words", "speaker", a)))).getString("createStatement.statement.id");
        String quote = data("query($id: ID!) { statement(id: $id) { quotes { id } } }", "id", id).getString("statement.quotes[0].id");

        // same quotes: they keep their ids
        JsonPath same = data(UPDATE, "in", map("id", id, "expectedVersion", 0, "kind", "REACTION", "date", "2024-05-04", "authors", List.of(b),
                "quotes", List.of(map("text", "kept words", "speaker", a))));
        assertEquals(1, same.getInt("updateStatement.statement.version"));
        assertEquals("REACTION", same.getString("updateStatement.statement.kind"));
        assertNull(same.get("updateStatement.statement.summary"));
        assertEquals(List.of(b), same.getList("updateStatement.statement.authors.id"));
        assertEquals(List.of(quote), same.getList("updateStatement.statement.quotes.id"));
        assertThat(data("query($a: ID!) { statements(filter: {author: $a}) { nodes { id } } }", "a", a).getList("statements.nodes.id"), not(hasItem(id)));

        // other quotes: replaced, in the order given
        JsonPath other = data(UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "REACTION", "date", "2024-05-04", "authors", List.of(a, b),
                "quotes", List.of(map("text", "new first"), map("text", "new second", "speaker", b))));
        assertEquals(2, other.getInt("updateStatement.statement.version"), "a change of quotes alone counts as a change of the statement");
        assertEquals(List.of("new first", "new second"), other.getList("updateStatement.statement.quotes.text"));
        assertNotEquals(quote, other.getString("updateStatement.statement.quotes[0].id"));
        assertFalse(exists(quote));

        assertThat(error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 1, "kind", "CLAIM", "date", "2024")).get("message").toString(),
                containsString("Statement " + id + " is at version 2, not 1"));
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", id, "expectedVersion", 2, "kind", "CLAIM", "date", "2024", "respondsTo", id))
                .get("message").toString(), containsString("input.respondsTo: a statement cannot respond to itself"));
        assertEquals(2, version(id));
    }

    @Test
    void deleteRemovesQuotesAuthorshipsAndCitations() {
        String a = actor(unique("Deleted statement's author"));
        String id = data(CREATE, "in", map("kind", "APPEAL", "date", "2024", "authors", List.of(a), "quotes", List.of(map("text", "gone words"))))
                .getString("createStatement.statement.id");
        String quote = data("query($id: ID!) { statement(id: $id) { quotes { id } } }", "id", id).getString("statement.quotes[0].id");
        String citation = cite(id, source(unique("Statement source")), "They appealed.");
        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 0)).getString("deleteStatement.deletedId"));
        assertFalse(exists(id));
        assertFalse(exists(quote));
        assertFalse(exists(citation));
        assertTrue(exists(a));
        assertThat(data("query($a: ID!) { statements(filter: {author: $a}) { nodes { id } } }", "a", a).getList("statements.nodes.id"), not(hasItem(id)));
    }

    @Test
    void deleteIsRefusedWhileCommitmentsOrResponsesDependOnIt() {
        String a = actor(unique("Announcer"));
        String id = statement(unique("Announcing statement"), a);
        data("mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }",
                "in", map("kind", "OTHER", "description", unique("Announced promise"), "obligors", List.of(a), "statement", id));
        data(CREATE, "in", map("kind", "REACTION", "date", "2024-06", "respondsTo", id));
        data(CREATE, "in", map("kind", "REACTION", "date", "2024-07", "respondsTo", id));
        String message = error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 0)).get("message").toString();
        assertThat(message, allOf(containsString("Statement " + id), containsString("1 commitment (announced in it)"),
                containsString("2 statements (responding to it)")));
        assertTrue(exists(id));
    }
}
