package org.accord.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures count as "the database is unavailable" (SERVICE_UNAVAILABLE) and which do not. */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAtAnyDepthAreUnavailability() {
        assertTrue(DatabaseUnavailable.causes(new SQLException("Connection to localhost:5432 refused", "08001")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseUnavailable.causes(new SQLTransientConnectionException("gone")));
        assertTrue(DatabaseUnavailable.causes(new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("x", "08001"))));
        assertTrue(DatabaseUnavailable.causes(new PersistenceException("wrapped", new RuntimeException(new SQLException("refused", "08001")))));
    }

    @Test
    void failuresOfTheRequestAreNot() {
        assertFalse(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causes(new ConstraintViolationException("dup", new SQLException("dup", "23505"), "source_url_uq")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("value too long", "22001")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.causes(null));
    }
}
