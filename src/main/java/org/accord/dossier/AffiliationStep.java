package org.accord.dossier;

import java.util.List;
import org.accord.actor.Affiliation;
import org.accord.dossier.Dossier.AffiliationRecord;
import org.accord.graphql.PartialDate;

/** Affiliations: an actor's position in another actor, from a start to an end. */
final class AffiliationStep extends ImportStep<AffiliationRecord> {

    AffiliationStep(List<AffiliationRecord> records, ImportContext ctx) {
        super(RecordType.AFFILIATION, "affiliations", records, AffiliationRecord::key, ctx);
    }

    @Override
    void references(Refs refs) {
        for (int i = 0; i < records.size(); i++) {
            AffiliationRecord a = records.get(i);
            refs.ref(path(i) + ".actor", RecordType.ACTOR, a.actor());
            refs.ref(path(i) + ".organization", RecordType.ACTOR, a.organization());
        }
        citations(refs, AffiliationRecord::citations);
    }

    @Override
    void checkDates() {
        for (int i = 0; i < records.size(); i++) {
            ctx.date(path(i) + ".start", records.get(i).start());
            ctx.date(path(i) + ".end", records.get(i).end());
        }
    }

    /** The rules createAffiliation applies: an actor holds no position in itself, and a span does not end before it starts. */
    @Override
    void checkRules() {
        for (int i = 0; i < records.size(); i++) {
            AffiliationRecord a = records.get(i);
            ctx.rule(path(i) + ".organization", Affiliation.holderProblem(a.actor(), a.organization()));
            ctx.rule(path(i) + ".end", PartialDate.endBeforeStart(ImportContext.parsed(a.start()), ImportContext.parsed(a.end())));
        }
    }

    @Override
    void write() {
        for (AffiliationRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Affiliation a = new Affiliation();
                a.key = r.key();
                a.actorId = ctx.id(RecordType.ACTOR, r.actor());
                a.organizationId = ctx.id(RecordType.ACTOR, r.organization());
                a.position = r.position();
                a.start = PartialDate.parseNullable(r.start());
                a.end = PartialDate.parseNullable(r.end());
                return a;
            }, a -> ctx.cite(a, r.citations()));
        }
    }
}
