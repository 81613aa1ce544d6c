package org.accord.execution;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.accord.graphql.Limits;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Bounds the SQL queries Hibernate runs by the request timeout, so that the database stops
 * working on a request that has run out of time ({@link RequestDeadline} stops the rest). It sets
 * Hibernate's default query timeout, {@code jakarta.persistence.query.timeout}, from
 * {@code accord.limits.request-timeout}, which an operator sets as a duration ({@code 10s}) while
 * Hibernate wants milliseconds; and JDBC counts whole seconds, so it is rounded up to one.
 * Flyway's migrations do not go through Hibernate and keep no timeout; Hibernate applies this
 * default to queries, so the inserts and updates of a flush are bounded by the transaction timeout
 * instead.
 *
 * <p>A config source of low ordinal (below application.properties), so the Hibernate property
 * can still be set directly. Registered for SmallRye Config's ServiceLoader (META-INF/services).
 */
public class SqlTimeout implements ConfigSourceFactory {

    static final String HIBERNATE_QUERY_TIMEOUT = "quarkus.hibernate-orm.unsupported-properties.\"jakarta.persistence.query.timeout\"";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue timeout = context.getValue(Limits.setting("request-timeout"));
        if (timeout == null || timeout.getValue() == null || timeout.getValue().isBlank()) {
            return List.of();
        }
        Duration d = DurationConverter.parseDuration(timeout.getValue().trim());
        long seconds = Math.max(1, (d.toMillis() + 999) / 1000);
        return List.of(new PropertiesConfigSource(Map.of(HIBERNATE_QUERY_TIMEOUT, String.valueOf(seconds * 1000)),
                "accord request timeout for SQL", ORDINAL));
    }
}
