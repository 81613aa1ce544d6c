package org.accord.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the distinct SQL texts Hibernate sends, so a test can tell whether a query keeps one
 * text (which the databases parse and plan once) whatever the size of its batch.
 */
@PersistenceUnitExtension
public class SqlTexts implements StatementInspector {

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    @Override
    public String inspect(String sql) {
        SEEN.add(sql);
        return sql;
    }

    /** The texts sent so far; take a copy before and after the work to see what it sent. */
    public static Set<String> seen() {
        return Set.copyOf(SEEN);
    }
}
