package org.accord;

import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accord.support.SqlTexts;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * No N+1: nested fields are batched, so the number of SQL statements a query runs depends on its
 * shape, not on how many rows each level returns. Counted with Hibernate statistics.
 */
@QuarkusTest
public class BatchedQueriesTest {

    static final String THREE_LEVELS = """
            query($p: ID!, $n: Int!) { events(filter: {process: $p}, first: $n) { totalCount nodes {
              title commitments { description obligors { name } } } } }""";

    @Inject
    SessionFactory sessionFactory;

    /** Imports a process with {@code events} events, 3 commitments made at each, 2 obligors each. */
    private static String importProcess(int events) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder json = new StringBuilder("{\"dossier\": \"batch-" + suffix + "\", \"title\": \"Batching\",")
                .append("\"processes\": [{\"key\": \"process.batch-").append(suffix).append("\", \"name\": \"Batch ").append(suffix).append("\"}],")
                .append("\"actors\": [");
        for (int a = 0; a < 6; a++) {
            json.append(a == 0 ? "" : ",").append("{\"key\": \"actor.batch-").append(suffix).append("-").append(a)
                    .append("\", \"kind\": \"STATE\", \"name\": \"Batch state ").append(suffix).append(" ").append(a).append("\"}");
        }
        json.append("], \"events\": [");
        for (int e = 0; e < events; e++) {
            json.append(e == 0 ? "" : ",").append("{\"key\": \"event.batch-").append(suffix).append("-").append(e)
                    .append("\", \"kind\": \"MEETING\", \"status\": \"HELD\", \"title\": \"Meeting ").append(e)
                    .append("\", \"start\": \"2020-01-").append(String.format("%02d", e % 28 + 1)).append("\", \"process\": \"process.batch-").append(suffix).append("\"}");
        }
        json.append("], \"commitments\": [");
        for (int e = 0; e < events; e++) {
            for (int c = 0; c < 3; c++) {
                json.append(e == 0 && c == 0 ? "" : ",").append("{\"key\": \"commitment.batch-").append(suffix).append("-").append(e).append("-").append(c)
                        .append("\", \"kind\": \"OTHER\", \"status\": \"ANNOUNCED\", \"description\": \"Promise ").append(c).append(" of meeting ").append(e)
                        .append("\", \"madeAt\": \"event.batch-").append(suffix).append("-").append(e)
                        .append("\", \"obligors\": [\"actor.batch-").append(suffix).append("-").append(c * 2)
                        .append("\", \"actor.batch-").append(suffix).append("-").append(c * 2 + 1).append("\"]}");
            }
        }
        json.append("]}");
        data("mutation($j: String!) { importDossier(input: {json: $j}) { created } }", "j", json.toString());
        return data("{ processes(first: 100) { nodes { id name } } }").getList("processes.nodes", Map.class).stream()
                .filter(p -> ("Batch " + suffix).equals(p.get("name"))).findFirst().orElseThrow().get("id").toString();
    }

    private long statementsFor(String process, int events) {
        Statistics stats = sessionFactory.getStatistics();
        long before = stats.getPrepareStatementCount();
        JsonPath d = data(THREE_LEVELS, "p", process, "n", events);
        long count = stats.getPrepareStatementCount() - before;
        List<Map<String, Object>> nodes = d.getList("events.nodes");
        assertEquals(events, nodes.size());
        for (Map<String, Object> event : nodes) {
            List<Map<String, Object>> commitments = (List<Map<String, Object>>) event.get("commitments");
            assertEquals(3, commitments.size());
            commitments.forEach(c -> assertEquals(2, ((List<?>) c.get("obligors")).size()));
        }
        return count;
    }

    @Test
    void threeLevelsRunAFixedNumberOfStatements() {
        long large = statementsFor(importProcess(50), 50); // 50 events × 3 commitments × 2 obligors
        long small = statementsFor(importProcess(5), 5);
        // count, events, and the commitments of all 50 events with their obligors (Prefetched)
        assertEquals(3, large, "50 × 3 × 2 took " + large + " statements");
        assertEquals(small, large, "the number of statements must not grow with the rows");
    }

    /**
     * The obligors and beneficiaries read with the commitments (graphql.Prefetched) answer as the
     * fields' own batch queries do: the same actors in the same order, an empty list for a
     * commitment without parties, and a commitment reached through two events (made at one, in a
     * statement issued at the other) with its parties once. Selected through a fragment, they still
     * cost no statement of their own.
     */
    @Test
    void partiesReadWithTheCommitmentsAnswerAsTheirOwnQueries() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String json = """
                {"dossier": "prefetch-%1$s", "title": "Prefetch",
                 "processes": [{"key": "process.prefetch-%1$s", "name": "Prefetch %1$s"}],
                 "actors": [{"key": "actor.a-%1$s", "kind": "STATE", "name": "Prefetch A %1$s"}, {"key": "actor.b-%1$s", "kind": "STATE", "name": "Prefetch B %1$s"},
                            {"key": "actor.c-%1$s", "kind": "STATE", "name": "Prefetch C %1$s"}],
                 "events": [{"key": "event.one-%1$s", "kind": "MEETING", "status": "HELD", "title": "One", "start": "2021-01-01", "process": "process.prefetch-%1$s"},
                            {"key": "event.two-%1$s", "kind": "MEETING", "status": "HELD", "title": "Two", "start": "2021-02-01", "process": "process.prefetch-%1$s"}],
                 "statements": [{"key": "statement.s-%1$s", "kind": "PRESS_RELEASE", "date": "2021-02-01", "summary": "Issued at two", "event": "event.two-%1$s",
                                 "authors": ["actor.a-%1$s"]}],
                 "commitments": [
                   {"key": "commitment.both-%1$s", "kind": "OTHER", "status": "ANNOUNCED", "description": "Made at one, stated at two",
                    "madeAt": "event.one-%1$s", "statement": "statement.s-%1$s",
                    "obligors": ["actor.b-%1$s", "actor.a-%1$s"], "beneficiaries": ["actor.c-%1$s"]},
                   {"key": "commitment.none-%1$s", "kind": "OTHER", "status": "ANNOUNCED", "description": "Without parties", "madeAt": "event.one-%1$s"},
                   {"key": "commitment.one-%1$s", "kind": "OTHER", "status": "ANNOUNCED", "description": "One obligor", "madeAt": "event.two-%1$s",
                    "obligors": ["actor.c-%1$s"]}]}""".formatted(suffix);
        data("mutation($j: String!) { importDossier(input: {json: $j}) { created } }", "j", json);
        String process = data("{ processes(first: 100) { nodes { id name } } }").getList("processes.nodes", Map.class).stream()
                .filter(p -> ("Prefetch " + suffix).equals(p.get("name"))).findFirst().orElseThrow().get("id").toString();

        Statistics stats = sessionFactory.getStatistics();
        long before = stats.getPrepareStatementCount();
        List<Map<String, Object>> events = data("""
                fragment Parties on Commitment { obligors { name } beneficiaries { name } }
                query($p: ID!) { events(filter: {process: $p}, first: 10) { nodes { title commitments { id description ...Parties } } } }""",
                "p", process).getList("events.nodes");
        assertEquals(3, stats.getPrepareStatementCount() - before, "count, events, and the commitments with their parties");

        List<String> seen = new ArrayList<>();
        for (Map<String, Object> event : events) {
            for (Map<String, Object> commitment : (List<Map<String, Object>>) event.get("commitments")) {
                // The same commitment on its own: its parties through the fields' own batch queries.
                Map<String, Object> alone = data("query($id: ID!) { node(id: $id) { ... on Commitment { obligors { name } beneficiaries { name } } } }",
                        "id", commitment.get("id")).getMap("node");
                assertEquals(alone.get("obligors"), commitment.get("obligors"), event.get("title") + ": " + commitment.get("description"));
                assertEquals(alone.get("beneficiaries"), commitment.get("beneficiaries"), event.get("title") + ": " + commitment.get("description"));
                seen.add(event.get("title") + ": " + commitment.get("description") + " " + commitment.get("obligors") + " " + commitment.get("beneficiaries"));
            }
        }
        assertEquals(List.of(
                "One: Made at one, stated at two [{name=Prefetch B " + suffix + "}, {name=Prefetch A " + suffix + "}] [{name=Prefetch C " + suffix + "}]",
                "One: Without parties [] []",
                "Two: Made at one, stated at two [{name=Prefetch B " + suffix + "}, {name=Prefetch A " + suffix + "}] [{name=Prefetch C " + suffix + "}]",
                "Two: One obligor [{name=Prefetch C " + suffix + "}] []"), seen);

        // One side alone is read alone (a join on the side), and answers the same.
        for (String side : List.of("obligors", "beneficiaries")) {
            before = stats.getPrepareStatementCount();
            List<Map<String, Object>> oneSide = data("query($p: ID!) { events(filter: {process: $p}, first: 10) { nodes { commitments { " + side + " { name } } } } }",
                    "p", process).getList("events.nodes");
            assertEquals(3, stats.getPrepareStatementCount() - before, side + " alone");
            for (int e = 0; e < events.size(); e++) {
                List<Map<String, Object>> all = (List<Map<String, Object>>) events.get(e).get("commitments");
                List<Map<String, Object>> one = (List<Map<String, Object>>) oneSide.get(e).get("commitments");
                assertEquals(all.stream().map(c -> c.get(side)).toList(), one.stream().map(c -> c.get(side)).toList(), side);
            }
        }
    }

    /**
     * A batch query keeps one SQL text whatever the number of parents, so Hibernate translates it
     * once and the database parses and plans it once (graphql.AnyEqualsFunction): a list parameter
     * would make a new text for every batch size.
     */
    @Test
    void batchQueriesKeepOneSqlTextWhateverTheBatchSize() {
        String small = importProcess(3);
        String large = importProcess(40);
        statementsFor(small, 3);
        Set<String> before = SqlTexts.seen();
        statementsFor(large, 40);
        Set<String> added = new HashSet<>(SqlTexts.seen());
        added.removeAll(before);
        assertEquals(Set.of(), added, "a batch of 40 parents sent SQL texts that a batch of 3 did not");
    }

    /**
     * Hibernate reuses its translation of every query a nested read runs: each execution is a hit in
     * its query plan cache. A parameter that may bind a list (the last argument of a function,
     * which is why graphql.AnyEqualsFunction takes the array first) gets no cached plan, and the
     * query would be translated from HQL to SQL again on every execution.
     */
    @Test
    void nestedReadsReuseHibernatesQueryPlans() {
        String process = importProcess(4);
        statementsFor(process, 4); // the first run may translate and cache
        Statistics stats = sessionFactory.getStatistics();
        long executions = stats.getQueryExecutionCount();
        long hits = stats.getQueryPlanCacheHitCount();
        long misses = stats.getQueryPlanCacheMissCount();
        statementsFor(process, 4);
        long executed = stats.getQueryExecutionCount() - executions;
        assertTrue(executed >= 3, "the page, commitments and obligors are queries; " + executed + " ran");
        assertEquals(0, stats.getQueryPlanCacheMissCount() - misses, "a query was translated again");
        // Hibernate counts two hits per execution: its parse of the HQL, and its plan (the SQL).
        assertEquals(2 * executed, stats.getQueryPlanCacheHitCount() - hits, "a query ran without a cached plan");
    }
}
