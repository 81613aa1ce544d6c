package org.accord.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Imports dossiers all or nothing: one transaction, and nothing is written unless every check passes. */
@ApplicationScoped
public class DossierImporter {

    @Inject
    DossierReader reader;

    @Transactional
    public ImportResult importJson(String json) {
        ImportRun run = new ImportRun(reader.read(json));
        run.check();
        run.write();
        return run.result();
    }
}
