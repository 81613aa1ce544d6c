package org.accord;

import static org.accord.support.GraphQl.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.accord.support.Introspection;
import org.junit.jupiter.api.Test;

/**
 * The parser and execution limits are set explicitly (SmallRye GraphQL 2.17.0 has an advisory on
 * unbounded queries): GraphiQL's introspection still works, and each limit refuses what passes it.
 */
@QuarkusTest
class QueryLimitsTest {

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
        assertThat(firstMessage(tooDeep), containsString("Query depth 17 exceeds the limit of 15"));
        limitExceeded(tooDeep, "quarkus.smallrye-graphql.instrumentation-query-depth");
    }

    @Test
    void complexityLimit() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 1100; i++) {
            query.append("a").append(i).append(": sources(first: 0) { totalCount } ");
        }
        JsonPath response = post(query.append("}").toString(), Map.of());
        assertThat(firstMessage(response), containsString("exceeds the limit of 2000"));
        limitExceeded(response, "quarkus.smallrye-graphql.instrumentation-query-complexity");
    }

    @Test
    void tokenLimit() {
        assertNull(post(typenames(14000), Map.of()).get("errors"), "14,000 tokens are allowed");
        JsonPath response = post(typenames(16000), Map.of());
        assertNull(response.get("data"));
        assertThat(firstMessage(response), containsString("exceeds the limit of 15000 tokens"));
        limitExceeded(response, "quarkus.smallrye-graphql.parser-max-tokens");
    }

    private static String typenames(int count) {
        return "{ " + "__typename ".repeat(count) + "}";
    }
}
