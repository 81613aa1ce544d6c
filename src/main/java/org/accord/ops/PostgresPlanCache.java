package org.accord.ops;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets PostgreSQL's {@code plan_cache_mode} on every new pooled connection
 * ({@code accord.postgresql.plan-cache-mode}, default {@code force_generic_plan}).
 *
 * <p>Why: the batch queries filter by {@code column = any(?)} with one array parameter
 * (graphql.AnyEqualsFunction), and the JDBC driver prepares them on the server after a few uses. For
 * such a statement PostgreSQL guesses a generic plan dearer than a custom one, so under its
 * default ({@code auto}) it planned every execution again: about 1 ms of database CPU per
 * traversal request (issue 14's spike). A generic plan is made once per connection and statement.
 * Accord's statements are index look-ups whose best plan does not depend on the values bound;
 * set {@code auto} to restore PostgreSQL's default. H2 has no such setting and is left alone.
 */
@ApplicationScoped
public class PostgresPlanCache implements AgroalPoolInterceptor {

    private static final Set<String> MODES = Set.of("auto", "force_generic_plan", "force_custom_plan");

    private final String mode;

    PostgresPlanCache(@ConfigProperty(name = "accord.postgresql.plan-cache-mode", defaultValue = "force_generic_plan") String mode) {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("accord.postgresql.plan-cache-mode must be one of " + MODES + ", not \"" + mode + "\"");
        }
        this.mode = mode;
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                // mode is one of MODES, never text from outside
                statement.execute("set plan_cache_mode = " + mode);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set plan_cache_mode on a new PostgreSQL connection", e);
        }
    }
}
