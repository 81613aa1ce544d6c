package org.accord.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration 14.1 ({@code db.migration.V14_1__FoldPlaceNames}) folds the names of places stored
 * before V14: run for real, on a database migrated to V14 that holds a place, then migrated on; and
 * Quarkus runs it on the application's database.
 */
@QuarkusTest
public class FoldPlaceNamesTest {

    @Inject
    EntityManager em;

    @Test
    void placesStoredBeforeV14AreFoldedAsTheEntityFoldsThem() throws Exception {
        // a new database each run (the PostgreSQL rerun runs in the same JVM), kept open by `db`
        String url = "jdbc:h2:mem:fold-place-names-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection db = DriverManager.getConnection(url)) {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration", "classpath:db/h2")
                    .target("14").load().migrate();
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("insert into place (id, version, created_at, updated_at, name, kind)"
                        + " values (1, 0, current_timestamp, current_timestamp, 'Şuşa  Fortress', 'CITY')");
            }
            // Flyway finds the Java migration in its location's package, as it does in the application
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration", "classpath:db/h2").load().migrate();
            try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("select search_text from place where id = 1")) {
                row.next();
                assertEquals("susa fortress", row.getString(1));
            }
        }
    }

    @Test
    void quarkusRunsItOnTheApplicationsDatabase() {
        Object success = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select success from flyway_schema_history where version = '14.1'").getSingleResult());
        assertEquals(Boolean.TRUE, success);
    }
}
