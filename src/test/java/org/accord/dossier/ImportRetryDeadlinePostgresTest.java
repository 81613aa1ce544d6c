package org.accord.dossier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.accord.support.GraphQl;
import org.accord.support.PostgresProfile;
import org.junit.jupiter.api.Test;

/**
 * An import that keeps losing races to concurrent imports is retried (DossierImporter), but not
 * past the request timeout, set to 1 s here: each attempt can take as long as the import itself,
 * and five of them used to run on whatever the limit said.
 */
@QuarkusTest
@TestProfile(ImportRetryDeadlinePostgresTest.ShortTimeoutOnPostgres.class)
class ImportRetryDeadlinePostgresTest {

    public static class ShortTimeoutOnPostgres extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("accord.limits.request-timeout", "1s");
            return overrides;
        }
    }

    @Inject
    EntityManager em;

    /**
     * Every insert into citation waits 0.4 s and then fails as an insert does when a concurrent
     * import stored the same key first (unique violation, 23505), which the importer retries. A
     * sequence, which rollbacks do not undo, counts the attempts.
     */
    @Test
    void anImportThatKeepsLosingRacesStopsRetryingAtTheRequestTimeout() {
        dropTestObjects();
        try {
            execute("create sequence accord_test_attempts");
            execute("create function accord_test_lose() returns trigger language plpgsql as $$ begin"
                    + " perform nextval('accord_test_attempts'); perform pg_sleep(0.4);"
                    + " raise exception 'duplicate key value violates unique constraint' using errcode = '23505'; end $$");
            execute("create trigger accord_test_lose before insert on citation for each statement execute function accord_test_lose()");
            JsonPath response = GraphQl.post(DossierImportTest.IMPORT, GraphQl.vars("json", DossierImportTest.Fixture.fresh().json()));
            assertEquals("LIMIT_EXCEEDED", response.getString("errors[0].extensions.code"), response::prettify);
            assertEquals("The request ran longer than the limit of 1s (accord.limits.request-timeout) and was stopped",
                    response.getString("errors[0].message"));
            long attempts = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select case when is_called then last_value else 0 end from accord_test_attempts").getSingleResult()).longValue());
            assertThat("stopped at the timeout, not after every attempt", attempts, lessThan((long) DossierImporter.MAX_ATTEMPTS));
            assertThat(attempts, greaterThanOrEqualTo(1L));
        } finally {
            dropTestObjects();
        }
    }

    /** Also run first, so that the test starts clean whatever an earlier failure left on the shared citation table. */
    private void dropTestObjects() {
        execute("drop trigger if exists accord_test_lose on citation");
        execute("drop function if exists accord_test_lose()");
        execute("drop sequence if exists accord_test_attempts");
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
