package org.accord;

import static org.accord.support.GraphQl.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.support.GraphQl;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The request timeout ({@code accord.limits.request-timeout}), set to 1 s by this class's profile,
 * against a database made slow on purpose: a query past the timeout is stopped, its SQL statement
 * with it, and answered with LIMIT_EXCEEDED naming the setting. {@link RequestTimeoutPostgresTest}
 * runs it on PostgreSQL.
 */
@QuarkusTest
@TestProfile(RequestTimeoutTest.ShortTimeout.class)
class RequestTimeoutTest {

    static final Map<String, String> SHORT_TIMEOUT = Map.of("accord.limits.request-timeout", "1s");

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SHORT_TIMEOUT;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    private static void timedOut(JsonPath response) {
        List<Map<String, Object>> errors = response.getList("errors");
        assertNotNull(errors, response::prettify);
        assertEquals(1, errors.size(), response::prettify);
        assertEquals("LIMIT_EXCEEDED", response.getString("errors[0].extensions.code"), response::prettify);
        assertEquals("The request ran longer than the limit of 1s (accord.limits.request-timeout) and was stopped",
                response.getString("errors[0].message"));
        assertNull(response.get("data"), "a query that ran out of time has no data");
        assertNotNull(response.getString("errors[0].extensions.correlationId"));
    }

    /**
     * Makes reading sources slow, deterministically: the table is swapped for a view that takes
     * 20 s or more to read unless the statement is stopped. On H2 it sleeps 1 ms per row over
     * 10,000 copies of each row (H2 checks for cancellation every 128 rows or so); on PostgreSQL
     * it calls pg_sleep(30) once per statement.
     */
    private void withSlowSources(Runnable test) throws Exception {
        boolean h2;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            h2 = c.getMetaData().getDatabaseProductName().equals("H2");
            s.execute("alter table source rename to source_slowed_by_test");
            if (h2) {
                s.execute("create alias accord_test_sleep for 'java.lang.Thread.sleep(long)'");
                s.execute("create view source as select s.* from source_slowed_by_test s cross join system_range(1, 10000) r"
                        + " where accord_test_sleep(1 + 0 * r.\"X\") is null");
            } else {
                s.execute("create view source as select s.* from source_slowed_by_test s, pg_sleep(30)");
            }
        }
        try {
            test.run();
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop view source");
                s.execute("alter table source_slowed_by_test rename to source");
                if (h2) {
                    s.execute("drop alias accord_test_sleep");
                }
            }
        }
    }

    @Test
    void aQueryPastTheTimeoutIsStoppedWithItsStatement() throws Exception {
        withSlowSources(() -> {
            long start = System.nanoTime();
            JsonPath response = post("{ sources(first: 1) { totalCount } }", Map.of());
            long ms = (System.nanoTime() - start) / 1_000_000;
            timedOut(response);
            assertThat("the statement was stopped, not waited for", ms, lessThan(10_000L));
        });
        assertEquals(1, GraphQl.data("{ sources(first: 1) { nodes { title } } }").getList("sources.nodes").size(),
                "the server goes on");
    }

    /** Executions of each HQL query so far. */
    private Map<String, Long> executions() {
        Statistics stats = sessionFactory.getStatistics();
        Map<String, Long> counts = new HashMap<>();
        for (String query : stats.getQueries()) {
            counts.put(query, stats.getQueryStatistics(query).getExecutionCount());
        }
        return counts;
    }

    @Test
    void fieldsAfterTheTimeoutAreNotFetched() throws Exception {
        withSlowSources(() -> {
            Map<String, Long> before = executions();
            timedOut(post("{ sources(first: 1) { totalCount } actors(first: 1) { totalCount } events { totalCount } }", Map.of()));
            List<String> ran = executions().entrySet().stream()
                    .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                    .map(Map.Entry::getKey).toList();
            assertFalse(ran.stream().anyMatch(q -> q.contains("Actor") || q.contains("Event")), "ran after the timeout: " + ran);
        });
    }
}
