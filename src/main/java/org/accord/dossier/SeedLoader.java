package org.accord.dossier;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the seed dossiers through the importer on the first start of an empty database (one that
 * holds no source). The files are listed in configuration rather than found by scanning the
 * classpath, which a native image cannot do.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    DossierImporter importer;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "accord.seed.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "accord.seed.dossiers")
    List<String> dossiers;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Key of the PostgreSQL advisory lock that serialises seeding ("ACRD"). */
    private static final long SEED_LOCK = 0x41435244L;

    void onStart(@Observes StartupEvent start) {
        if (!enabled || holdsASource()) {
            return;
        }
        // One transaction for the check and both imports (the importer joins it). On PostgreSQL,
        // instances starting together on an empty database queue on an advisory lock: the first
        // seeds, the others then find sources and skip. The embedded H2 file has one process.
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            if ("postgresql".equals(dbKind)) {
                // waiting here is waiting for another instance's seed load, which may take longer than
                // the request timeout every statement gets by default (http.SqlTimeout): allow the
                // 5 minutes a first start has (the Kubernetes startup probe)
                em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")")
                        .setHint("jakarta.persistence.query.timeout", 300_000).getSingleResult();
            }
            if (em.createQuery("select count(s) from Source s", Long.class).getSingleResult() > 0) {
                return;
            }
            for (String dossier : dossiers) {
                ImportDossierPayload result = importer.importJson(read(dossier));
                LOG.infof("Seeded %s: %d records created, %d linked", result.dossier(), result.created(), result.linked());
            }
        });
    }

    /**
     * Whether the database already holds a source: the answer on every restart, read with one plain
     * statement, because a transaction and an HQL query would be the first of their kind in the
     * process and cost a restart about 2% of its CPU (docs/deployment.md, "Startup"). An empty
     * database is checked again under the lock above, so instances starting together still seed once.
     */
    private boolean holdsASource() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select 1 from source limit 1")) {
            return row.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check whether the database holds the seed: " + e.getMessage(), e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed dossier " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
