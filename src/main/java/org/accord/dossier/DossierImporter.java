package org.accord.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.graphql.DatabaseUnavailable;
import org.accord.graphql.StatementTimeout;
import org.accord.execution.RequestDeadline;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/** Imports dossiers all or nothing: one transaction, and nothing is written unless every check passes. */
@ApplicationScoped
public class DossierImporter {

    private static final Logger LOG = Logger.getLogger(DossierImporter.class);

    /** Attempts of one API import that keeps losing races to concurrent imports (see {@link #importRetrying}). */
    static final int MAX_ATTEMPTS = 5;

    /**
     * SQL states of a write that lost a race to a concurrent transaction, on PostgreSQL and H2:
     * unique violation (a natural key another import stored between our check and our insert),
     * serialization failure, deadlock, lock timeout.
     */
    private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "50200");

    @Inject
    DossierReader reader;

    /**
     * Imports through the API, each attempt in a new transaction. The checks read the stored keys,
     * urls and external ids first and the inserts come later, so two imports naming the same new
     * actor or source can both pass the checks; the database's unique constraints then refuse the
     * second (PostgreSQL at READ COMMITTED, H2 alike). Rolling that attempt back and running the
     * whole import again lets it see the other's records and link to them, so both succeed.
     * A conflict that persists after {@link #MAX_ATTEMPTS} is reported like any database refusal;
     * no attempt starts once the request has run out of time (LIMIT_EXCEEDED then).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportDossierPayload importRetrying(String json) {
        for (int attempt = 1; ; attempt++) {
            try {
                ImportDossierPayload result = QuarkusTransaction.requiringNew().call(() -> importJson(json));
                LOG.infof("Imported dossier %s: %d records created, %d linked", result.dossier(), result.created(), result.linked());
                return result;
            } catch (LostRace e) {
                if (attempt >= MAX_ATTEMPTS) {
                    LOG.warnf("Dossier import refused by the database in each of %d attempts: %s", MAX_ATTEMPTS, e.rejection.getMessage());
                    throw e.rejection;
                }
                LOG.debugf("Dossier import lost a race to a concurrent write (attempt %d of %d); retrying", attempt, MAX_ATTEMPTS);
                pause(attempt);
                // each attempt can take as long as the import itself: the request's timeout bounds them all
                RequestDeadline.check();
            }
        }
    }

    /** Imports in the caller's transaction (or a new one); no retry, since the caller owns the transaction. */
    @Transactional
    public ImportDossierPayload importJson(String json) {
        ImportRun run = new ImportRun(reader.read(json));
        run.check();
        // CrashConsistencyIT waits for this line to kill the server while the import is writing.
        LOG.debugf("Dossier %s passed its checks; writing", run.result().dossier());
        try {
            run.write();
        } catch (PersistenceException e) {
            if (DatabaseUnavailable.causes(e) || StatementTimeout.causes(e)) {
                throw e; // not the dossier's fault: SERVICE_UNAVAILABLE or LIMIT_EXCEEDED, nothing stored
            }
            // The checks mirror the database's constraints; should one still refuse a row (a
            // concurrent import, a rule the checks miss), the transaction rolls back and the client
            // learns which rule, not a system error.
            String rule = e instanceof ConstraintViolationException c && c.getConstraintName() != null
                    ? "it conflicts with stored data (" + c.getConstraintName().toLowerCase() + ")"
                    : "the database refused one of its values";
            DossierException rejection = new DossierException(List.of("$: " + rule));
            if (lostRace(e)) {
                throw new LostRace(rejection);
            }
            LOG.warnf(e, "Dossier %s passed the checks but the database refused it", run.result().dossier());
            throw rejection;
        }
        return run.result();
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && LOST_RACE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause, longer with each attempt, so that the racing imports do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A rejection caused by a concurrent write; {@link #importRetrying} tries again. */
    static final class LostRace extends RuntimeException {
        final DossierException rejection;

        LostRace(DossierException rejection) {
            super(null, null, false, false);
            this.rejection = rejection;
        }
    }
}
