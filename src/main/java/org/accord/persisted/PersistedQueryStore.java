package org.accord.persisted;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Automatic persisted queries: documents registered under their SHA-256 hash, in the database so
 * that all instances share them, with the most recently used also kept in memory by each instance.
 * Both are bounded: the table keeps at most {@code max-entries} documents (the least recently used
 * go first), each at most {@code max-document-bytes} long (a longer query still runs; it is just not
 * kept, so its client keeps sending it whole).
 *
 * <p>"Used" means read from the database: an instance that serves a query from memory does not
 * write that down, which would cost a write per request. So a query that every instance keeps in
 * memory may be evicted from the table first; once an instance forgets it too, its clients get
 * PERSISTED_QUERY_NOT_FOUND and register it again, one round trip.
 */
@ApplicationScoped
public class PersistedQueryStore {

    @ConfigMapping(prefix = "accord.persisted-queries")
    public interface Settings {
        /** Whether clients may register queries (Apollo's automatic persisted queries). */
        @WithDefault("true")
        boolean enabled();

        /** Most documents kept in the database. */
        @WithDefault("10000")
        int maxEntries();

        /** Most documents each instance keeps in memory. */
        @WithDefault("1000")
        int cacheSize();

        /**
         * Longest document kept, in UTF-8 bytes. With {@code cache-size} it bounds the memory each
         * instance spends on registered queries (16 MiB by default), and with {@code max-entries}
         * the table.
         */
        @WithDefault("16K")
        MemorySize maxDocumentBytes();
    }

    private final Settings settings;
    private final Map<String, String> recent;

    PersistedQueryStore(Settings settings) {
        this.settings = settings;
        int capacity = settings.cacheSize();
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The document registered under this hash, or null. */
    public String find(String hash) {
        synchronized (recent) {
            String known = recent.get(hash);
            if (known != null) {
                return known;
            }
        }
        String document = QuarkusTransaction.requiringNew().call(() -> {
            PersistedQuery found = PersistedQuery.findById(hash);
            if (found == null) {
                return null;
            }
            found.lastUsedAt = Instant.now();
            return found.document;
        });
        if (document != null) {
            remember(hash, document);
        }
        return document;
    }

    /**
     * Keeps a document whose hash the caller checked, unless it is too long. Another instance (or
     * request) may register the same one at the same moment: the loser's insert fails on the
     * primary key, which is as good as success, since the document under a hash is always the same.
     */
    public void register(String hash, String document) {
        synchronized (recent) {
            if (recent.containsKey(hash)) {
                return;
            }
        }
        if (document.getBytes(StandardCharsets.UTF_8).length > settings.maxDocumentBytes().asLongValue()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (PersistedQuery.findById(hash) != null) {
                    return;
                }
                PersistedQuery query = new PersistedQuery();
                query.hash = hash;
                query.document = document;
                query.createdAt = Instant.now();
                query.lastUsedAt = query.createdAt;
                query.persist();
                evictBeyondTheLimit();
            });
        } catch (RuntimeException e) {
            if (!registeredMeanwhile(e)) {
                throw e;
            }
        }
        remember(hash, document);
    }

    private static boolean registeredMeanwhile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private void evictBeyondTheLimit() {
        long excess = PersistedQuery.count() - settings.maxEntries();
        if (excess > 0) {
            List<String> oldest = PersistedQuery.getEntityManager()
                    .createQuery("select p.hash from PersistedQuery p order by p.lastUsedAt, p.hash", String.class)
                    .setMaxResults((int) excess).getResultList();
            PersistedQuery.delete("hash in ?1", oldest);
        }
    }

    private void remember(String hash, String document) {
        synchronized (recent) {
            recent.put(hash, document);
        }
    }
}
