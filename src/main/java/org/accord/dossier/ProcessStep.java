package org.accord.dossier;

import java.util.List;
import org.accord.dossier.Dossier.ProcessRecord;
import org.accord.process.Process;

/** Processes: a name, a description and citations. */
final class ProcessStep extends ImportStep<ProcessRecord> {

    ProcessStep(List<ProcessRecord> records, ImportContext ctx) {
        super(RecordType.PROCESS, "processes", records, ProcessRecord::key, ctx);
    }

    @Override
    void references(Refs refs) {
        citations(refs, ProcessRecord::citations);
    }

    @Override
    void write() {
        for (ProcessRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Process p = new Process();
                p.key = r.key();
                p.name = r.name();
                p.description = r.description();
                return p;
            }, p -> ctx.cite(p, r.citations()));
        }
    }
}
