package org.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.accord.support.PostgresProfile;
import org.junit.jupiter.api.Test;

/** The statement-count bound again on PostgreSQL, and the plan cache the batch queries rely on. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class BatchedQueriesPostgresTest extends BatchedQueriesTest {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Pooled connections plan a batch query once (ops.PostgresPlanCache): the plan of a prepared
     * {@code = any($1)} look-up is generic, showing the parameter rather than the values bound.
     */
    @Test
    void batchQueriesGetAGenericPlan() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("show plan_cache_mode")) {
                r.next();
                assertEquals("force_generic_plan", r.getString(1));
            }
            s.execute("prepare names_of(bigint[]) as select * from actor_name where actor_id = any($1)");
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery("explain execute names_of('{1,2,3}')")) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            } finally {
                s.execute("deallocate names_of");
            }
            assertTrue(plan.toString().contains("$1"), "not a generic plan:\n" + plan);
        }
    }
}
