package org.accord.graphql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure to reach the database from a failure of the request. Such failures pass once
 * the database is back, so clients get SERVICE_UNAVAILABLE and are told to retry
 * (org.accord.execution.GraphQlErrors), and no code may report them as the request's fault.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code thrown} or one of its causes is: a connection that could not be opened or
     * broke (SQL state class 08, Hibernate's JDBCConnectionException), a server shutting down or
     * starting up (57P01-57P03), or a pool that had no connection to give within its acquisition
     * timeout.
     */
    public static boolean causes(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().startsWith("Sorry, acquisition timeout")) {
                    return true; // Agroal's pool: its message is the only sign
                }
            }
        }
        return false;
    }
}
