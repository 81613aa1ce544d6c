package org.accord.dossier;

import java.util.List;
import org.accord.dossier.Dossier.QuoteRecord;
import org.accord.dossier.Dossier.StatementRecord;
import org.accord.graphql.PartialDate;
import org.accord.statement.Quote;
import org.accord.statement.Statement;
import org.accord.statement.StatementAuthor;

/**
 * Statements, with their authors and quotes, possibly responding to another statement. A
 * statement without a date is undated: its date is unknown.
 */
final class StatementStep extends ImportStep<StatementRecord> {

    StatementStep(List<StatementRecord> records, ImportContext ctx) {
        super(RecordType.STATEMENT, "statements", records, StatementRecord::key, ctx);
    }

    @Override
    void references(Refs refs) {
        for (int i = 0; i < records.size(); i++) {
            StatementRecord s = records.get(i);
            String path = path(i);
            keys(refs, path + ".authors", RecordType.ACTOR, s.authors());
            refs.ref(path + ".event", RecordType.EVENT, s.event());
            refs.ref(path + ".respondsTo", RecordType.STATEMENT, s.respondsTo());
            refs.ref(path + ".process", RecordType.PROCESS, s.process());
            List<QuoteRecord> quotes = Dossier.orEmpty(s.quotes());
            for (int j = 0; j < quotes.size(); j++) {
                refs.ref(path + ".quotes[" + j + "].speaker", RecordType.ACTOR, quotes.get(j).speaker());
            }
        }
        citations(refs, StatementRecord::citations);
    }

    @Override
    void checkDates() {
        for (int i = 0; i < records.size(); i++) {
            ctx.date(path(i) + ".date", records.get(i).date());
        }
    }

    /** The rule createStatement applies: a statement does not respond to itself. */
    @Override
    void checkRules() {
        for (int i = 0; i < records.size(); i++) {
            StatementRecord s = records.get(i);
            if (ctx.isNew(type, s.key())) {
                ctx.rule(path(i) + ".respondsTo", Statement.respondsToProblem(s.key(), s.respondsTo()));
            }
        }
    }

    @Override
    void checkDuplicates() {
        for (int i = 0; i < records.size(); i++) {
            ctx.unique(path(i) + ".authors", ctx.actors(records.get(i).authors()));
        }
    }

    /** The statement it responds to may be of this layer: that link is set once it is flushed. */
    @Override
    void write() {
        for (StatementRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Statement s = new Statement();
                s.key = r.key();
                s.kind = r.kind();
                s.summary = r.summary();
                s.date = PartialDate.parseNullable(r.date());
                s.eventId = ctx.id(RecordType.EVENT, r.event());
                s.processId = ctx.id(RecordType.PROCESS, r.process());
                return s;
            }, s -> {
                afterFlush.add(() -> s.respondsToId = ctx.id(type, r.respondsTo()));
                for (String author : Dossier.orEmpty(r.authors())) {
                    ctx.em.persist(new StatementAuthor(s.pk, ctx.id(RecordType.ACTOR, author)));
                }
                for (QuoteRecord q : Dossier.orEmpty(r.quotes())) {
                    Quote quote = new Quote();
                    quote.statementId = s.pk;
                    quote.text = q.text();
                    quote.speakerId = ctx.id(RecordType.ACTOR, q.speaker());
                    ctx.em.persist(quote);
                }
                ctx.cite(s, r.citations());
            });
        }
    }
}
