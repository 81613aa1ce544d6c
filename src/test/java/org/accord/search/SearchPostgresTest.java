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
     * Texts that start with the query are found by a range on search_start, and the range uses
     * its index in the generic plans Accord's connections make (LIKE 'x%' could not).
     */
    @Test
    void textsStartingWithTheQueryAreFoundByIndexInAGenericPlan() {
        for (String table : List.of("event", "statement", "quote", "commitment")) {
            String plan = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
                em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
                em.createNativeQuery("prepare starts_with (varchar, varchar, varchar) as select id from " + table
                        + " e where e.search_start >= $1 and e.search_start < $2 and e.search_text like $3").executeUpdate();
                try {
                    @SuppressWarnings("unchecked")
                    List<Object> lines = em.createNativeQuery("explain execute starts_with ('peace', 'peacf', 'peace%')").getResultList();
                    return String.join("\n", lines.stream().map(Object::toString).toList());
                } finally {
                    em.createNativeQuery("deallocate starts_with").executeUpdate();
                }
            });
            assertTrue(plan.contains(table + "_search_start") && plan.contains("$1"), () -> table + ": a generic plan should use the index:\n" + plan);
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
