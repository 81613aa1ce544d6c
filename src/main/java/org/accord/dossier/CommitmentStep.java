package org.accord.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accord.commitment.Commitment;
import org.accord.commitment.CommitmentParty;
import org.accord.commitment.CommitmentSide;
import org.accord.commitment.CommitmentStatus;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.commitment.Fulfilment;
import org.accord.commitment.Reciprocity;
import org.accord.commitment.StatusChangeRule;
import org.accord.dossier.Dossier.CommitmentRecord;
import org.accord.dossier.Dossier.StatusChangeRecord;
import org.accord.graphql.PartialDate;
import org.hibernate.FlushMode;

/**
 * Commitments, with their obligors and beneficiaries, the events that kept them, the commitments
 * given in return for them, and their status history.
 */
final class CommitmentStep extends ImportStep<CommitmentRecord> {

    CommitmentStep(List<CommitmentRecord> records, ImportContext ctx) {
        super(RecordType.COMMITMENT, "commitments", records, CommitmentRecord::key, ctx);
    }

    @Override
    void references(Refs refs) {
        for (int i = 0; i < records.size(); i++) {
            CommitmentRecord c = records.get(i);
            String path = path(i);
            keys(refs, path + ".obligors", RecordType.ACTOR, c.obligors());
            keys(refs, path + ".beneficiaries", RecordType.ACTOR, c.beneficiaries());
            refs.ref(path + ".madeAt", RecordType.EVENT, c.madeAt());
            refs.ref(path + ".statement", RecordType.STATEMENT, c.statement());
            refs.ref(path + ".process", RecordType.PROCESS, c.process());
            keys(refs, path + ".reciprocalTo", RecordType.COMMITMENT, c.reciprocalTo());
            keys(refs, path + ".fulfilledBy", RecordType.EVENT, c.fulfilledBy());
            citations(refs, path + ".history", Dossier.orEmpty(c.history()), StatusChangeRecord::citations);
        }
        citations(refs, CommitmentRecord::citations);
    }

    @Override
    void checkDates() {
        for (int i = 0; i < records.size(); i++) {
            CommitmentRecord c = records.get(i);
            ctx.date(path(i) + ".deadline", c.deadline());
            List<StatusChangeRecord> history = Dossier.orEmpty(c.history());
            for (int j = 0; j < history.size(); j++) {
                ctx.date(path(i) + ".history[" + j + "].date", history.get(j).date());
            }
        }
    }

    @Override
    void checkDuplicates() {
        for (int i = 0; i < records.size(); i++) {
            CommitmentRecord c = records.get(i);
            String path = path(i);
            ctx.unique(path + ".obligors", ctx.actors(c.obligors()));
            ctx.unique(path + ".beneficiaries", ctx.actors(c.beneficiaries()));
            ctx.unique(path + ".reciprocalTo", Dossier.orEmpty(c.reciprocalTo()));
            ctx.unique(path + ".fulfilledBy", Dossier.orEmpty(c.fulfilledBy()));
            if (Dossier.orEmpty(c.reciprocalTo()).contains(c.key())) {
                ctx.problem(path + ".reciprocalTo", "a commitment cannot be reciprocal to itself");
            }
        }
    }

    /**
     * Each history's changes in turn, as recordCommitmentStatus would take them (the same
     * {@link StatusChangeRule}); and the status must be the one the history ends with.
     */
    void checkHistories() {
        for (int i = 0; i < records.size(); i++) {
            CommitmentRecord c = records.get(i);
            List<StatusChangeRecord> history = Dossier.orEmpty(c.history());
            // The first change has no status before it.
            CommitmentStatus current = null;
            StatusChangeRecord latest = null;
            PartialDate latestDate = null;
            for (int j = 0; j < history.size(); j++) {
                StatusChangeRecord h = history.get(j);
                PartialDate date = ImportContext.parsed(h.date());
                if (date == null) {
                    continue; // checkDates reports it
                }
                StatusChangeRule refused = StatusChangeRule.refusal("the commitment is " + current, current,
                        latest == null ? null : latest.status(), latestDate, h.status(), date, h.note());
                if (refused != null) {
                    ctx.problem(path(i) + ".history[" + j + "]." + refused.field(), refused.problem());
                }
                if (!StatusChangeRule.isBackdated(latestDate, date)) {
                    current = h.status();
                    latest = h;
                    latestDate = date;
                }
            }
            if (!history.isEmpty() && history.get(history.size() - 1).status() != c.status()) {
                ctx.problem(path(i) + ".status", c.status() + " differs from the last status in its history, "
                        + history.get(history.size() - 1).status());
            }
        }
    }

    /**
     * The last layer. A commitment may be reciprocal to one written after it, so the pairs are
     * gathered once every commitment has its id.
     */
    @Override
    void write() {
        Set<List<Long>> reciprocity = new LinkedHashSet<>();
        List<Runnable> pairs = new ArrayList<>();
        for (CommitmentRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Commitment c = new Commitment();
                c.key = r.key();
                c.kind = r.kind();
                c.description = r.description();
                c.status = r.status();
                c.quantity = r.quantity() == null ? null : r.quantity().toQuantity();
                c.deadline = PartialDate.parseNullable(r.deadline());
                c.madeAtEventId = ctx.id(RecordType.EVENT, r.madeAt());
                c.statementId = ctx.id(RecordType.STATEMENT, r.statement());
                c.processId = ctx.id(RecordType.PROCESS, r.process());
                return c;
            }, c -> {
                for (String obligor : Dossier.orEmpty(r.obligors())) {
                    ctx.em.persist(new CommitmentParty(c.pk, ctx.id(RecordType.ACTOR, obligor), CommitmentSide.OBLIGOR));
                }
                for (String beneficiary : Dossier.orEmpty(r.beneficiaries())) {
                    ctx.em.persist(new CommitmentParty(c.pk, ctx.id(RecordType.ACTOR, beneficiary), CommitmentSide.BENEFICIARY));
                }
                for (String event : Dossier.orEmpty(r.fulfilledBy())) {
                    ctx.em.persist(new Fulfilment(c.pk, ctx.id(RecordType.EVENT, event)));
                }
                for (StatusChangeRecord h : Dossier.orEmpty(r.history())) {
                    CommitmentStatusChange change = new CommitmentStatusChange();
                    change.follow(c);
                    change.status = h.status();
                    change.date = PartialDate.parse(h.date());
                    change.note = h.note();
                    ctx.em.persist(change);
                    ctx.cite(change, h.citations());
                }
                pairs.add(() -> {
                    for (String other : Dossier.orEmpty(r.reciprocalTo())) {
                        long a = c.pk;
                        long b = ctx.id(type, other);
                        reciprocity.add(List.of(Math.min(a, b), Math.max(a, b)));
                    }
                });
                ctx.cite(c, r.citations());
            });
        }
        pairs.forEach(Runnable::run);
        reciprocate(reciprocity);
    }

    /**
     * Pairs are stored once, lower id first; both commitments may list each other, or the pair may
     * be stored already. One query finds the stored pairs among them (not one query and flush per
     * pair, which made large imports quadratic: every flush walks the whole persistence context).
     */
    private void reciprocate(Set<List<Long>> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        Set<Long> lower = new HashSet<>();
        pairs.forEach(pair -> lower.add(pair.get(0)));
        Set<List<Long>> stored = new HashSet<>();
        // Without an auto-flush: this run has written no pair yet, and deciding whether a flush is
        // needed walks every managed entity (about 11,000 in a bench dossier).
        ctx.em.createQuery("select r.commitmentId, r.otherId from Reciprocity r where any_equals(:ids, r.commitmentId)", Object[].class)
                .setParameter("ids", lower.toArray(Long[]::new)).setHibernateFlushMode(FlushMode.MANUAL).getResultList()
                .forEach(row -> stored.add(List.of((Long) row[0], (Long) row[1])));
        for (List<Long> pair : pairs) {
            if (!stored.contains(pair)) {
                ctx.em.persist(new Reciprocity(pair.get(0), pair.get(1)));
            }
        }
    }
}
