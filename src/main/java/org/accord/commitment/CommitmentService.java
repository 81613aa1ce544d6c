package org.accord.commitment;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.actor.Actor;
import org.accord.commitment.CommitmentMutations.CreateCommitmentInput;
import org.accord.commitment.CommitmentMutations.CommitmentTerms;
import org.accord.commitment.CommitmentMutations.CommitmentValues;
import org.accord.commitment.CommitmentMutations.StatementCommitmentInput;
import org.accord.commitment.CreateStatementMutation.CreateStatementInput;
import org.accord.commitment.CommitmentMutations.DeleteCommitmentInput;
import org.accord.commitment.CommitmentMutations.LinkFulfilmentInput;
import org.accord.commitment.CommitmentMutations.LinkFulfilmentPayload;
import org.accord.commitment.CommitmentMutations.RecordCommitmentStatusInput;
import org.accord.commitment.CommitmentMutations.RecordCommitmentStatusPayload;
import org.accord.commitment.CommitmentMutations.UnlinkFulfilmentInput;
import org.accord.commitment.CommitmentMutations.UnlinkFulfilmentPayload;
import org.accord.commitment.CommitmentMutations.UpdateCommitmentInput;
import org.accord.event.Event;
import org.accord.event.QuantityInput;
import org.accord.graphql.Mutating;
import org.accord.graphql.Versions;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.ConflictException;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.Nodes;
import org.accord.graphql.NotFoundException;
import org.accord.graphql.PartialDate;
import org.accord.process.Process;
import org.accord.source.CitationInput;
import org.accord.source.Citations;
import org.accord.statement.Statement;
import org.accord.statement.StatementService;

/**
 * Writes commitments, their status history and their fulfilments, one transaction per mutation.
 *
 * <p>A commitment owns its obligor and beneficiary links, its reciprocity pairs, its fulfilment
 * links, its status history and the citations of all of these: deleteCommitment deletes them, and
 * nothing else refers to a commitment, so it is never refused for dependents.
 *
 * <p>The status is derived from the history: a new commitment is ANNOUNCED, and only
 * recordCommitmentStatus changes it, by appending a dated, cited change (see its rules there).
 */
@ApplicationScoped
@Mutating
public class CommitmentService {

    @Inject
    StatementService statements;

    // ---- commitments -----------------------------------------------------------------------------

    public Commitment createCommitment(CreateCommitmentInput input) {
        return announce(input, "input", Links.of(input), input.citations);
    }

    /**
     * Records a statement and the commitments announced in it, in one transaction: each is made at
     * the statement's event, in its process.
     */
    public Statement createStatement(CreateStatementInput input) {
        Statement statement = statements.createStatement(input, input.citations);
        List<StatementCommitmentInput> announced = input.commitments == null ? List.of() : input.commitments;
        for (int i = 0; i < announced.size(); i++) {
            announce(announced.get(i), "input.commitments[" + i + "]", new Links(statement.eventId, statement.pk, statement.processId, null),
                    announced.get(i).citations);
        }
        return statement;
    }

    /** A new commitment, ANNOUNCED, with its citations; {@code path} names its input in messages. */
    private static Commitment announce(CommitmentTerms terms, String path, Links links, List<CitationInput> citations) {
        Commitment commitment = new Commitment();
        commitment.status = CommitmentStatus.ANNOUNCED;
        Commitment saved = save(commitment, terms, path, links);
        Citations.add(saved, citations, path + ".citations");
        return saved;
    }

    public Commitment updateCommitment(UpdateCommitmentInput input) {
        Commitment commitment = save(Versions.require(Commitment.class, input.id, input.expectedVersion), input, "input", Links.of(input));
        CommitmentStatusChange.commitmentChanged(commitment);
        return commitment;
    }

    public String deleteCommitment(DeleteCommitmentInput input) {
        Commitment commitment = Versions.require(Commitment.class, input.id(), input.expectedVersion());
        long pk = commitment.pk;
        EntityManager em = Panache.getEntityManager();
        List<Long> owned = new ArrayList<>(em.createQuery("select h.pk from CommitmentStatusChange h where h.commitmentId = :id", Long.class)
                .setParameter("id", pk).getResultList());
        owned.add(pk);
        Citations.deleteFor(owned);
        em.createQuery("delete from CommitmentStatusChange h where h.commitmentId = :id").setParameter("id", pk).executeUpdate();
        em.createQuery("delete from CommitmentParty p where p.commitmentId = :id").setParameter("id", pk).executeUpdate();
        em.createQuery("delete from Fulfilment f where f.commitmentId = :id").setParameter("id", pk).executeUpdate();
        em.createQuery("delete from Reciprocity r where r.commitmentId = :id or r.otherId = :id").setParameter("id", pk).executeUpdate();
        commitment.delete();
        return commitment.getId();
    }

    /** Where a commitment was made and what it is reciprocal to: read from its input, or from the statement that announces it. */
    private record Links(Long madeAt, Long statement, Long process, List<String> reciprocalTo) {

        static Links of(CommitmentValues input) {
            Event madeAt = Nodes.requireNullable(Event.class, input.madeAt, "input.madeAt");
            Statement statement = Nodes.requireNullable(Statement.class, input.statement, "input.statement");
            Process process = Nodes.requireNullable(Process.class, input.process, "input.process");
            return new Links(madeAt == null ? null : madeAt.pk, statement == null ? null : statement.pk,
                    process == null ? null : process.pk, input.reciprocalTo);
        }
    }

    /** Writes the terms and links into a new or stored commitment, with its parties; {@code path} names the input in messages. */
    private static Commitment save(Commitment commitment, CommitmentTerms terms, String path, Links links) {
        commitment.kind = terms.kind;
        commitment.description = terms.description;
        commitment.quantity = QuantityInput.toQuantity(terms.quantity);
        commitment.deadline = InvalidPartialDateException.parseField(path + ".deadline", terms.deadline);
        commitment.madeAtEventId = links.madeAt();
        commitment.statementId = links.statement();
        commitment.processId = links.process();
        commitment.persist(); // a stored commitment is managed already, and persist leaves it as it is
        replaceLinks(commitment, terms, path, links.reciprocalTo());
        return commitment;
    }

    /** Makes the obligors, beneficiaries and reciprocal commitments exactly those given; links that stay keep their rows. */
    private static void replaceLinks(Commitment commitment, CommitmentTerms terms, String path, List<String> reciprocalTo) {
        replaceParties(commitment, CommitmentSide.OBLIGOR, Nodes.requireAll(Actor.class, terms.obligors, path + ".obligors"));
        replaceParties(commitment, CommitmentSide.BENEFICIARY, Nodes.requireAll(Actor.class, terms.beneficiaries, path + ".beneficiaries"));

        List<Long> others = Nodes.requireAll(Commitment.class, reciprocalTo, path + ".reciprocalTo");
        int self = others.indexOf(commitment.pk);
        if (self >= 0) {
            throw new BadUserInputException(path + ".reciprocalTo[" + self + "]: a commitment cannot be reciprocal to itself");
        }
        Map<Long, Reciprocity> stored = new HashMap<>();
        for (Reciprocity r : Reciprocity.<Reciprocity>list("commitmentId = ?1 or otherId = ?1", commitment.pk)) {
            stored.put(r.commitmentId.equals(commitment.pk) ? r.otherId : r.commitmentId, r);
        }
        for (Long other : others) {
            if (stored.remove(other) == null) {
                new Reciprocity(commitment.pk, other).persist();
            }
        }
        stored.values().forEach(r -> r.delete());
    }

    private static void replaceParties(Commitment commitment, CommitmentSide side, List<Long> actors) {
        Map<Long, CommitmentParty> stored = new HashMap<>();
        for (CommitmentParty p : CommitmentParty.<CommitmentParty>list("commitmentId = ?1 and side = ?2", commitment.pk, side)) {
            stored.put(p.actorId, p);
        }
        for (Long actor : actors) {
            if (stored.remove(actor) == null) {
                new CommitmentParty(commitment.pk, actor, side).persist();
            }
        }
        stored.values().forEach(p -> p.delete());
    }

    // ---- status ----------------------------------------------------------------------------------

    /**
     * Appends a dated, cited status change. Without a note saying why, three changes are refused
     * (BAD_USER_INPUT naming the rule): leaving a final status for a non-final one, recording the
     * current status again, and dating a change before the latest recorded change (its earliest
     * day before that change's earliest day, so it would not come last in the history). The
     * commitment takes the new status unless the change is dated before the latest one, which
     * then still gives the current status: the status is always the last change's, in history
     * order.
     */
    public RecordCommitmentStatusPayload recordCommitmentStatus(RecordCommitmentStatusInput input) {
        Commitment commitment = Nodes.require(Commitment.class, input.commitment(), "input.commitment");
        Versions.check(commitment, input.expectedVersion());
        PartialDate date = InvalidPartialDateException.parseField("input.date", input.date());
        CommitmentStatusChange latest = Panache.getEntityManager()
                .createQuery("from CommitmentStatusChange e where e.commitmentId = :id order by e.date.earliest desc, e.pk desc", CommitmentStatusChange.class)
                .setParameter("id", commitment.pk).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        StatusChangeRule refused = StatusChangeRule.refusal("Commitment " + commitment.getId() + " is " + commitment.status, commitment.status,
                latest == null ? null : latest.status, latest == null ? null : latest.date, input.status(), date, input.note());
        if (refused != null) {
            throw new BadUserInputException("input." + refused.field() + ": " + refused.problem());
        }
        boolean backdated = StatusChangeRule.isBackdated(latest == null ? null : latest.date, date);
        CommitmentStatusChange change = new CommitmentStatusChange();
        change.follow(commitment);
        change.status = input.status();
        change.date = date;
        change.note = input.note();
        change.persist();
        Citations.add(change, input.citations(), "input.citations");
        if (!backdated) {
            commitment.status = input.status();
        }
        return new RecordCommitmentStatusPayload(commitment, change);
    }

    // ---- fulfilments -----------------------------------------------------------------------------

    public LinkFulfilmentPayload linkFulfilment(LinkFulfilmentInput input) {
        Commitment commitment = Nodes.require(Commitment.class, input.commitment(), "input.commitment");
        Event event = Nodes.require(Event.class, input.event(), "input.event");
        if (fulfilment(commitment, event) != null) {
            throw new ConflictException("input.event: Event " + event.getId() + " is already linked as keeping Commitment " + commitment.getId());
        }
        new Fulfilment(commitment.pk, event.pk).persist();
        return new LinkFulfilmentPayload(commitment, event);
    }

    public UnlinkFulfilmentPayload unlinkFulfilment(UnlinkFulfilmentInput input) {
        Commitment commitment = Nodes.require(Commitment.class, input.commitment(), "input.commitment");
        Event event = Nodes.require(Event.class, input.event(), "input.event");
        Fulfilment link = fulfilment(commitment, event);
        if (link == null) {
            throw new NotFoundException("input.event: Event " + event.getId() + " is not linked as keeping Commitment " + commitment.getId());
        }
        link.delete();
        return new UnlinkFulfilmentPayload(commitment, event);
    }

    private static Fulfilment fulfilment(Commitment commitment, Event event) {
        return Fulfilment.<Fulfilment>find("commitmentId = ?1 and eventId = ?2", commitment.pk, event.pk).firstResult();
    }
}
