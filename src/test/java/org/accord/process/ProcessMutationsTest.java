package org.accord.process;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.cite;
import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.missing;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** createProcess, updateProcess and deleteProcess, over HTTP. */
@QuarkusTest
public class ProcessMutationsTest {

    static final String CREATE = "mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id version name description } } }";
    static final String UPDATE = "mutation($in: UpdateProcessInput!) { updateProcess(input: $in) { process { id version name description } } }";
    static final String DELETE = "mutation($in: DeleteProcessInput!) { deleteProcess(input: $in) { deletedId } }";

    @Test
    void createUpdateAndDeleteAProcess() {
        String name = unique("Test peace process");
        JsonPath created = data(CREATE, "in", map("name", name, "description", "Talks between two test states."));
        String id = created.getString("createProcess.process.id");
        assertEquals(name, created.getString("createProcess.process.name"));
        assertEquals(0, created.getInt("createProcess.process.version"));
        assertEquals(name, data("query($id: ID!) { process(id: $id) { name } }", "id", id).getString("process.name"));

        JsonPath updated = data(UPDATE, "in", map("id", id, "expectedVersion", 0, "name", name + " (renamed)"));
        assertEquals(name + " (renamed)", updated.getString("updateProcess.process.name"));
        assertNull(updated.get("updateProcess.process.description"));
        assertEquals(1, updated.getInt("updateProcess.process.version"));
        assertThat(error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 0, "name", "lost")).get("message").toString(),
                containsString("Process " + id + " is at version 1, not 0"));
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", id, "expectedVersion", 1, "name", "")).get("message").toString(),
                containsString("input.name: must not be blank"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("name", "x", "description", "d".repeat(20001))).get("message").toString(),
                containsString("input.description: size must be between 0 and 20000"));
        assertThat(error("NOT_FOUND", UPDATE, "in", map("id", missing("Process"), "expectedVersion", 1, "name", "x")).get("message").toString(),
                containsString("input.id: no Process"));

        String citation = cite(id, source(unique("Process source")), "The process began.");
        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 1)).getString("deleteProcess.deletedId"));
        assertNull(data("query($id: ID!) { process(id: $id) { id } }", "id", id).get("process"));
        assertFalse(exists(citation));
    }

    @Test
    void deleteIsRefusedWhileEventsStatementsOrCommitmentsBelongToIt() {
        String id = data(CREATE, "in", map("name", unique("Busy process"))).getString("createProcess.process.id");
        String a = actor(unique("Process actor"));
        data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", map("kind", "MEETING", "status", "HELD", "title", unique("Process meeting"), "start", "2024", "process", id));
        data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", map("kind", "CLAIM", "date", "2024", "process", id));
        for (int i = 0; i < 2; i++) {
            data("mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }",
                    "in", map("kind", "OTHER", "description", unique("Process promise"), "obligors", List.of(a), "process", id));
        }
        String message = error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 0)).get("message").toString();
        assertThat(message, allOf(containsString("Process " + id), containsString("1 event, 1 statement and 2 commitments")));
        assertTrue(exists(id));
    }
}
