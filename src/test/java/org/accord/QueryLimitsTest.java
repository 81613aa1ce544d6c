package org.accord;

import static org.accord.support.GraphQl.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.accord.support.Introspection;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The parser and execution limits are set explicitly (SmallRye GraphQL 2.17.0 has an advisory on
 * unbounded queries): GraphiQL's introspection still works, and each limit refuses what passes it,
 * with LIMIT_EXCEEDED and a message naming the limit and its setting. (The request timeout has its
 * own test class, as it needs a short timeout; body size is in GraphQlOverHttpTest, dossier size
 * in DossierLimitsTest.)
 */
@QuarkusTest
class QueryLimitsTest {

    @Inject
    SessionFactory sessionFactory;

    /** Nests Actor.affiliations → Affiliation.organization → Actor... to reach {@code depth} levels. */
    private static String nested(int depth) {
        StringBuilder open = new StringBuilder("{ actors { nodes { ");
        int level = 2;
        StringBuilder close = new StringBuilder(" } } }");
        while (level + 2 <= depth - 1) {
            open.append("affiliations { organization { ");
            close.insert(0, " } }");
            level += 2;
        }
        return open + "name" + close;
    }

    private static String firstMessage(JsonPath response) {
        List<Map<String, Object>> errors = response.getList("errors");
        assertNotNull(errors, response::prettify);
        return errors.get(0).get("message").toString();
    }

    /** Each limit is a LIMIT_EXCEEDED error whose message names the limit and its setting. */
    private static void limitExceeded(JsonPath response, String setting) {
        assertEquals("LIMIT_EXCEEDED", response.getString("errors[0].extensions.code"), response::prettify);
        assertThat(firstMessage(response), containsString(setting));
    }

    @Test
    void graphiqlIntrospectionPasses() {
        JsonPath response = post(Introspection.QUERY, Map.of());
        assertNull(response.get("errors"), response::prettify);
        assertEquals("Query", response.getString("data.__schema.queryType.name"));
    }

    @Test
    void depthLimit() {
        assertNull(post(nested(15), Map.of()).get("errors"), "depth 15 is allowed");
        JsonPath tooDeep = post(nested(17), Map.of());
        assertNull(tooDeep.get("data.actors"));
        assertEquals("The operation nests fields 17 deep, above the limit of 15 (accord.limits.max-depth)", firstMessage(tooDeep));
        limitExceeded(tooDeep, "accord.limits.max-depth");
    }

    @Test
    void complexityLimit() {
        // 2,102 fields, all inside a page of one: within the cost limit, over the field count
        JsonPath response = post("{ sources(first: 1) { nodes { " + "title ".repeat(2100) + "} } }", Map.of());
        assertEquals("The operation selects 2102 fields (fragments counted where they are spread), above the limit of 2000"
                + " (accord.limits.max-fields)", firstMessage(response));
        limitExceeded(response, "accord.limits.max-fields");
        assertNull(post("{ sources(first: 1) { nodes { " + "title ".repeat(1990) + "} } }", Map.of()).get("errors"));
    }

    @Test
    void tokenLimit() {
        // one status per token: 14,000 tokens in a valid query of a few fields
        String statuses = "FULFILLED ".repeat(14000);
        assertNull(post("{ commitments(first: 0, filter: {status: [" + statuses + "]}) { totalCount } }", Map.of()).get("errors"),
                "14,000 tokens are allowed");
        JsonPath response = post("{ " + "__typename ".repeat(16000) + "}", Map.of());
        assertNull(response.get("data"));
        assertThat(firstMessage(response), containsString("exceeds the limit of 15000 tokens"));
        limitExceeded(response, "quarkus.smallrye-graphql.parser-max-tokens");
    }

    // ---- Accord's own limits, measured before validation (org.accord.execution.OperationLimits) ----

    /** {@code count} aliased copies of {@code field}, at the top level. */
    private static String aliased(int count, String field) {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            query.append("a").append(i).append(": ").append(field).append(' ');
        }
        return query.append("}").toString();
    }

    @Test
    void rootFieldLimit() {
        assertNull(post(aliased(20, "__typename"), Map.of()).get("errors"), "20 root fields are allowed");
        JsonPath response = post("{ " + "__typename ".repeat(21) + "}", Map.of());
        assertNull(response.get("data"));
        assertEquals("The operation selects 21 fields at its top level, above the limit of 20 (accord.limits.max-root-fields)",
                firstMessage(response));
        limitExceeded(response, "accord.limits.max-root-fields");
        // fragments count where they are spread
        limitExceeded(post("{ ...Q ...Q ...Q } fragment Q on Query { " + "__typename ".repeat(7) + "}", Map.of()),
                "accord.limits.max-root-fields");
    }

    @Test
    void aliasLimit() {
        String thirty = "{ actors(first: 1) { nodes { " + aliased(30, "name").substring(2, aliased(30, "name").length() - 1) + "} } }";
        assertNull(post(thirty, Map.of()).get("errors"), "30 aliases are allowed");
        JsonPath response = post(thirty.replace("nodes { ", "nodes { extra: name "), Map.of());
        assertEquals("The operation uses 31 aliases, above the limit of 30 (accord.limits.max-aliases)", firstMessage(response));
        limitExceeded(response, "accord.limits.max-aliases");
    }

    @Test
    void costLimitMultipliesByPageSizes() {
        // actors 1 + 100 × (nodes 1 + name 1 + participations (1 + 90 × (nodes 1 + actor (1 + commitments (1 + 2 × 1)))))
        // = 1 + 100 × (3 + 90 × 5) = 45,301: within the limit
        String within = "{ actors(first: 100) { nodes { name participations(first: 90) { nodes { actor { commitments(first: 2) { totalCount } } } } } } }";
        assertNull(post(within, Map.of()).get("errors"), "a cost of 45,301 is allowed");
        // a page of 3 instead of 2: 1 + 100 × (3 + 90 × 6) = 54,301
        JsonPath response = post(within.replace("commitments(first: 2)", "commitments(first: 3)"), Map.of());
        assertNull(response.get("data"));
        assertThat(firstMessage(response), containsString("cost is 54301"));
        assertThat(firstMessage(response), containsString("above the limit of 50000"));
        limitExceeded(response, "accord.limits.max-cost");
        // the page size may come from a variable
        limitExceeded(post("query($n: Int) { actors(first: 100) { nodes { participations(first: 100) { nodes { actor { commitments(first: $n) { totalCount } } } } } } }",
                Map.of("n", 5)), "accord.limits.max-cost");
    }

    @Test
    void refusedOperationsRunNoSql() {
        Statistics stats = sessionFactory.getStatistics();
        long before = stats.getPrepareStatementCount();
        limitExceeded(post("{ actors(first: 100) { nodes { participations(first: 100) { nodes { actor { commitments(first: 100) { totalCount } } } } } } }",
                Map.of()), "accord.limits.max-cost");
        limitExceeded(post(aliased(31, "actors { totalCount }"), Map.of()), "accord.limits.max-root-fields");
        assertEquals(before, stats.getPrepareStatementCount(), "statements prepared for refused operations");
    }
}
