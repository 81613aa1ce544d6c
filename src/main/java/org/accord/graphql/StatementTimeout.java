package org.accord.graphql;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Tells a SQL statement that the database stopped at its timeout (the request timeout, applied to
 * every query by org.accord.execution.SqlTimeout, or a server-side {@code statement_timeout}) from a
 * refusal of the request's data. It is the request's limit, answered LIMIT_EXCEEDED
 * (org.accord.execution.GraphQlErrors), and no code may report it as the input's fault.
 */
public final class StatementTimeout {

    private StatementTimeout() {
    }

    /**
     * Whether {@code thrown} or one of its causes is JPA's or Hibernate's QueryTimeoutException,
     * JDBC's SQLTimeoutException, or SQLSTATE 57014 ("query canceled", PostgreSQL and H2).
     */
    public static boolean causes(Throwable thrown) {
        // at most 20 causes deep: a chain that loops back on itself must not hang the error mapper
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof jakarta.persistence.QueryTimeoutException || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLTimeoutException
                    || t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
