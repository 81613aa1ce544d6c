package org.accord.commitment;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.event;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
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
 * createStatement with the commitments announced in it: one request, one transaction. The
 * commitments take the statement's event and process; a problem in any of them leaves nothing
 * stored, and its message names the commitment by position.
 */
@QuarkusTest
public class StatementWithCommitmentsTest {

    static final String CREATE = """
            mutation($in: CreateStatementInput!) {
              createStatement(input: $in) {
                statement { id summary sources { excerpt }
                  commitments { kind description status quantity { amount unit } deadline { edtf } madeAt { id } process { id } statement { id }
                    obligors { id } beneficiaries { id } sources { excerpt source { id } } } }
              }
            }""";

    private static int statementsOf(String process) {
        return data("query($p: ID!) { statements(filter: {process: $p}) { totalCount } }", "p", process).getInt("statements.totalCount");
    }

    @Test
    void aStatementAndTheCommitmentsAnnouncedInItAreOneRequest() {
        String armenia = actor(unique("Armenia"));
        String azerbaijan = actor(unique("Azerbaijan"));
        String talks = event(unique("Talks"));
        String process = process(unique("Joint statement process"));
        String bbc = source(unique("BBC"));

        JsonPath d = data(CREATE, "in", map("kind", "JOINT_STATEMENT", "summary", unique("Joint statement"), "date", "1999-12-07",
                "event", talks, "process", process, "authors", List.of(armenia, azerbaijan),
                "citations", List.of(map("source", bbc, "excerpt", "The two governments issued a joint statement.")),
                "commitments", List.of(
                        map("kind", "PRISONER_RELEASE", "description", "Azerbaijan releases 32 servicemen.", "obligors", List.of(azerbaijan),
                                "beneficiaries", List.of(armenia), "quantity", map("amount", 32, "unit", "servicemen", "qualifier", "EXACT"),
                                "citations", List.of(map("source", bbc, "excerpt", "Baku will release 32 Armenian servicemen."))),
                        map("kind", "OTHER", "description", "Armenia withdraws its candidacy.", "obligors", List.of(armenia), "deadline", "1999"))));

        String statement = d.getString("createStatement.statement.id");
        List<Map<String, Object>> commitments = d.getList("createStatement.statement.commitments");
        assertEquals(2, commitments.size());
        assertEquals(List.of("Azerbaijan releases 32 servicemen.", "Armenia withdraws its candidacy."), d.getList("createStatement.statement.commitments.description"));
        assertEquals(List.of("ANNOUNCED", "ANNOUNCED"), d.getList("createStatement.statement.commitments.status"));
        assertEquals(List.of(talks, talks), d.getList("createStatement.statement.commitments.madeAt.id"), "made at the statement's event");
        assertEquals(List.of(process, process), d.getList("createStatement.statement.commitments.process.id"), "in the statement's process");
        assertEquals(List.of(statement, statement), d.getList("createStatement.statement.commitments.statement.id"));
        assertEquals(List.of(azerbaijan), d.getList("createStatement.statement.commitments[0].obligors.id"));
        assertEquals(List.of(armenia), d.getList("createStatement.statement.commitments[0].beneficiaries.id"));
        assertEquals(32.0f, d.getFloat("createStatement.statement.commitments[0].quantity.amount"));
        assertEquals(List.of("Baku will release 32 Armenian servicemen."), d.getList("createStatement.statement.commitments[0].sources.excerpt"));
        assertEquals("1999", d.getString("createStatement.statement.commitments[1].deadline.edtf"));
        assertEquals(List.of("The two governments issued a joint statement."), d.getList("createStatement.statement.sources.excerpt"));

        // read back by another request
        assertEquals(2, data("query($p: ID!) { commitments(filter: {process: $p}) { totalCount } }", "p", process).getInt("commitments.totalCount"));
    }

    @Test
    void aBadCommitmentLeavesNothingStoredAndIsNamedByPosition() {
        String armenia = actor(unique("Armenia"));
        String process = process(unique("Refused statement process"));
        Map<String, Object> good = map("kind", "OTHER", "description", "A promise.", "obligors", List.of(armenia));

        String notAnActor = error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "date", "1999-12-07", "process", process,
                "commitments", List.of(good, map("kind", "OTHER", "description", "Another.", "obligors", List.of(process))))).get("message").toString();
        assertThat(notAnActor, containsString("input.commitments[1].obligors"));

        String blank = error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "date", "1999-12-07", "process", process,
                "commitments", List.of(map("kind", "OTHER", "description", " ", "obligors", List.of(armenia))))).get("message").toString();
        assertThat(blank, containsString("commitments[0].description"));

        String badDeadline = error("BAD_USER_INPUT", CREATE, "in", map("kind", "CLAIM", "date", "1999-12-07", "process", process,
                "commitments", List.of(good, map("kind", "OTHER", "description", "Late.", "obligors", List.of(armenia), "deadline", "soon")))).get("message").toString();
        assertThat(badDeadline, containsString("input.commitments[1].deadline"));

        assertEquals(0, statementsOf(process), "no statement stored");
        assertEquals(0, data("query($p: ID!) { commitments(filter: {process: $p}) { totalCount } }", "p", process).getInt("commitments.totalCount"),
                "no commitment stored");
    }
}
