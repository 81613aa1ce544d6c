package org.accord.process;

import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Process.commitmentStats: counts by status as of a day, from the commitments' histories. */
@QuarkusTest
class CommitmentStatsTest {

    private static String importProcess() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String json = """
                {"dossier": "stats-%1$s", "title": "Stats",
                 "sources": [{"key": "source.stats-%1$s", "publisher": "Test", "title": "Stats"}],
                 "processes": [{"key": "process.stats-%1$s", "name": "Stats %1$s"}],
                 "actors": [{"key": "actor.stats-%1$s", "kind": "STATE", "name": "Stats state %1$s"}],
                 "events": [{"key": "event.stats-%1$s", "kind": "MEETING", "status": "HELD", "title": "Talks", "start": "2024-01-10"}],
                 "commitments": [
                   {"key": "commitment.stats-%1$s-a", "kind": "OTHER", "description": "Kept in June", "status": "FULFILLED",
                    "madeAt": "event.stats-%1$s", "process": "process.stats-%1$s", "obligors": ["actor.stats-%1$s"],
                    "history": [{"status": "IN_PROGRESS", "date": "2024-03"}, {"status": "FULFILLED", "date": "2024-06-15"}]},
                   {"key": "commitment.stats-%1$s-b", "kind": "OTHER", "description": "Half kept", "status": "PARTIALLY_FULFILLED",
                    "madeAt": "event.stats-%1$s", "process": "process.stats-%1$s", "obligors": ["actor.stats-%1$s"],
                    "history": [{"status": "PARTIALLY_FULFILLED", "date": "2024-05-01"}]},
                   {"key": "commitment.stats-%1$s-c", "kind": "OTHER", "description": "Due in February", "status": "ANNOUNCED",
                    "deadline": "2024-02", "madeAt": "event.stats-%1$s", "process": "process.stats-%1$s", "obligors": ["actor.stats-%1$s"]}
                 ]}""".formatted(s);
        data("mutation($j: String!) { importDossier(input: {json: $j}) { created } }", "j", json);
        return data("{ processes(first: 100) { nodes { id name } } }").getList("processes.nodes", Map.class).stream()
                .filter(p -> ("Stats " + s).equals(p.get("name"))).findFirst().orElseThrow().get("id").toString();
    }

    private static JsonPath stats(String process, String asOf) {
        return data("query($p: ID!, $d: Date) { process(id: $p) { commitmentStats(asOf: $d) { asOf total byStatus { status count }"
                + " fulfilledShare implementationScore overdue } } }", "p", process, "d", asOf);
    }

    private static Map<String, Integer> byStatus(JsonPath d) {
        List<Map<String, Object>> rows = d.getList("process.commitmentStats.byStatus");
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.get("status").toString(), r -> (Integer) r.get("count")));
    }

    @Test
    void statsFollowTheHistories() {
        String process = importProcess();

        JsonPath before = stats(process, "2024-01-01");
        assertEquals(0, before.getInt("process.commitmentStats.total"), "nothing was promised before the talks");

        JsonPath april = stats(process, "2024-04-01");
        assertEquals(3, april.getInt("process.commitmentStats.total"));
        assertEquals(Map.of("IN_PROGRESS", 1, "ANNOUNCED", 2), byStatus(april));
        assertEquals(1, april.getInt("process.commitmentStats.overdue"), "due in February, still ANNOUNCED");
        assertEquals(1 / 9.0, april.getDouble("process.commitmentStats.implementationScore"), 1e-6);
        assertEquals(0.0, april.getDouble("process.commitmentStats.fulfilledShare"), 1e-9);

        JsonPath july = stats(process, "2024-07-01");
        assertEquals(Map.of("FULFILLED", 1, "PARTIALLY_FULFILLED", 1, "ANNOUNCED", 1), byStatus(july));
        assertEquals(1 / 3.0, july.getDouble("process.commitmentStats.fulfilledShare"), 1e-6);
        assertEquals(5 / 9.0, july.getDouble("process.commitmentStats.implementationScore"), 1e-6);
        assertEquals("2024-07-01", july.getString("process.commitmentStats.asOf"));
    }
}
