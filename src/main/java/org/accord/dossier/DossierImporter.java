package org.accord.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/** Imports dossiers all or nothing: one transaction, and nothing is written unless every check passes. */
@ApplicationScoped
public class DossierImporter {

    private static final Logger LOG = Logger.getLogger(DossierImporter.class);

    @Inject
    DossierReader reader;

    @Transactional
    public ImportResult importJson(String json) {
        ImportRun run = new ImportRun(reader.read(json));
        run.check();
        try {
            run.write();
        } catch (PersistenceException e) {
            // The checks mirror the database's constraints; should one still refuse a row (a
            // concurrent import, a rule the checks miss), the transaction rolls back and the client
            // learns which rule, not a system error.
            LOG.warnf(e, "Dossier %s passed the checks but the database refused it", run.result().dossier());
            String rule = e instanceof ConstraintViolationException c && c.getConstraintName() != null
                    ? "it conflicts with stored data (" + c.getConstraintName().toLowerCase() + ")"
                    : "the database refused one of its values";
            throw new DossierException(List.of("$: " + rule));
        }
        return run.result();
    }
}
