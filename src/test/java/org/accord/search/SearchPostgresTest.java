package org.accord.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.accord.support.PostgresProfile;
import org.junit.jupiter.api.Test;

/** Search on PostgreSQL: the same tests, and proof that trigram indexes serve its conditions. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SearchPostgresTest extends SearchTest {

    @Inject
    EntityManager em;

    /** With sequential scans priced out, the planner must find an index for each search condition. */
    @Test
    void searchConditionsAreServedByTrigramIndexes() {
        List<String[]> probes = List.of(
                new String[] {"select id from event where search_text like '%peace%'", "event_search_trgm"},
                new String[] {"select id from commitment where search_text like '%baku%'", "commitment_search_trgm"},
                new String[] {"select id from statement where search_text like '%peace%'", "statement_search_trgm"},
                new String[] {"select id from quote where search_text like '%chance%'", "quote_search_trgm"},
                new String[] {"select id from actor where normalized_name like '%azer%'", "actor_normalized_name_trgm"},
                new String[] {"select id from actor_name where normalized_name like '%bak%'", "actor_name_normalized_trgm"});
        for (String[] probe : probes) {
            String plan = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
                @SuppressWarnings("unchecked")
                List<Object> lines = em.createNativeQuery("explain " + probe[0]).getResultList();
                return String.join("\n", lines.stream().map(Object::toString).toList());
            });
            assertTrue(plan.contains(probe[1]), () -> probe[0] + " should use " + probe[1] + ":\n" + plan);
        }
    }

    /**
     * The statement search condition is priced above PostgreSQL's JIT threshold, and compiling it
     * cost more than running it (V8_1): the migration turns JIT off for the database's sessions.
     */
    @Test
    void theDatabaseRunsWithoutJitCompilation() {
        Object settings = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase"
                        + " where d.datname = current_database() and s.setrole = 0 and 'jit=off' = any(s.setconfig)").getSingleResult());
        assertEquals(1L, ((Number) settings).longValue(), "the database's own settings should hold jit=off");
    }
}
