package org.accord.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.accord.support.GraphQl;
import org.accord.support.PostgresProfile;
import org.junit.jupiter.api.Test;

/** Every test of {@link DossierImportTest}, on a real PostgreSQL server instead of H2, and one of its own. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DossierImportPostgresTest extends DossierImportTest {

    /**
     * A statement the database stops (SQLSTATE 57014, as PostgreSQL's {@code statement_timeout}
     * does, which docs/deployment.md suggests setting in the URL) while the import writes is the
     * request's limit, LIMIT_EXCEEDED, not a fault of the dossier: it was reported as
     * BAD_USER_INPUT "the database refused one of its values". A trigger that raises 57014 on
     * the first citation stands in for the timeout, so the test does not wait for one.
     */
    @Test
    void aStatementStoppedByTheDatabaseWhileWritingIsATimeoutNotARejection() {
        dropTestObjects();
        try {
            execute("create function accord_test_cancel() returns trigger language plpgsql as"
                    + " $$ begin raise exception 'canceling statement due to statement timeout' using errcode = '57014'; end $$");
            execute("create trigger accord_test_cancel before insert on citation for each statement execute function accord_test_cancel()");
            Digest before = digest();
            JsonPath response = GraphQl.post(IMPORT, GraphQl.vars("json", Fixture.fresh().json()));
            assertEquals("LIMIT_EXCEEDED", response.getString("errors[0].extensions.code"), response::prettify);
            Map<String, Object> data = response.get("data");
            assertNull(data == null ? null : data.get("importDossier"), response::prettify);
            assertUnchanged(before, "a dossier stopped by a timeout must store nothing");
        } finally {
            dropTestObjects();
        }
    }

    /** Also run first, so that the test starts clean whatever an earlier failure left on the shared citation table. */
    private void dropTestObjects() {
        execute("drop trigger if exists accord_test_cancel on citation");
        execute("drop function if exists accord_test_cancel()");
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
