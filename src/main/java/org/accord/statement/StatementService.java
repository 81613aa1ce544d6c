package org.accord.statement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accord.actor.Actor;
import org.accord.event.Event;
import org.accord.graphql.Mutating;
import org.accord.graphql.Dependents;
import org.accord.graphql.Versions;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.Nodes;
import org.accord.process.Process;
import org.accord.source.CitationInput;
import org.accord.source.Citations;
import org.accord.statement.StatementMutations.StatementValues;
import org.accord.statement.StatementMutations.DeleteStatementInput;
import org.accord.statement.StatementMutations.QuoteInput;
import org.accord.statement.StatementMutations.UpdateStatementInput;

/**
 * Writes statements, one transaction per mutation. A statement owns its authorships, quotes and
 * citations; deleteStatement is refused while commitments were announced in it or statements
 * respond to it.
 */
@ApplicationScoped
@Mutating
public class StatementService {

    /** A new statement with its citations; createStatement calls it with the commitments announced in it (commitment.CommitmentService). */
    public Statement createStatement(StatementValues input, List<CitationInput> citations) {
        Statement saved = save(new Statement(), input);
        Citations.add(saved, citations, "input.citations");
        return saved;
    }

    public Statement updateStatement(UpdateStatementInput input) {
        return save(Versions.require(Statement.class, input.id, input.expectedVersion), input);
    }

    public String deleteStatement(DeleteStatementInput input) {
        Statement statement = Versions.require(Statement.class, input.id(), input.expectedVersion());
        long pk = statement.pk;
        Dependents.of(statement, null)
                .add("select count(e) from Commitment e where e.statementId = :id", pk, "commitment (announced in it)", "commitments (announced in it)")
                .add("select count(e) from Statement e where e.respondsToId = :id", pk, "statement (responding to it)", "statements (responding to it)")
                .refuseDeletion("unlink or delete them first");
        EntityManager em = Panache.getEntityManager();
        Citations.deleteFor(List.of(pk));
        em.createQuery("delete from StatementAuthor a where a.statementId = :id").setParameter("id", pk).executeUpdate();
        em.createQuery("delete from Quote q where q.statementId = :id").setParameter("id", pk).executeUpdate();
        statement.delete();
        return statement.getId();
    }

    /** Writes the input into a new or stored statement, with its authors and quotes. */
    private static Statement save(Statement statement, StatementValues input) {
        Event event = Nodes.requireNullable(Event.class, input.event, "input.event");
        Statement respondsTo = Nodes.requireNullable(Statement.class, input.respondsTo, "input.respondsTo");
        String problem = Statement.respondsToProblem(statement.pk, respondsTo == null ? null : respondsTo.pk);
        if (problem != null) {
            throw new BadUserInputException("input.respondsTo: " + problem);
        }
        Process process = Nodes.requireNullable(Process.class, input.process, "input.process");
        statement.kind = input.kind;
        statement.summary = input.summary;
        statement.date = InvalidPartialDateException.parseField("input.date", input.date);
        statement.eventId = event == null ? null : event.pk;
        statement.respondsToId = respondsTo == null ? null : respondsTo.pk;
        statement.processId = process == null ? null : process.pk;
        statement.persist(); // a stored statement is managed already, and persist leaves it as it is
        replaceAuthors(statement, input.authors);
        replaceQuotes(statement, input.quotes);
        return statement;
    }

    /** Makes the statement's authors exactly {@code wanted}; authorships that stay keep their rows. */
    private static void replaceAuthors(Statement statement, List<String> wanted) {
        List<Long> actors = Nodes.requireAll(Actor.class, wanted, "input.authors");
        Map<Long, StatementAuthor> stored = new HashMap<>();
        for (StatementAuthor a : StatementAuthor.<StatementAuthor>list("statementId", statement.pk)) {
            stored.put(a.actorId, a);
        }
        for (Long actor : actors) {
            if (stored.remove(actor) == null) {
                new StatementAuthor(statement.pk, actor).persist();
            }
        }
        stored.values().forEach(a -> a.delete());
    }

    /** Makes the statement's quotes exactly {@code wanted}, in order; unchanged quotes keep their rows and ids. */
    private static void replaceQuotes(Statement statement, List<QuoteInput> wanted) {
        List<QuoteInput> list = wanted == null ? List.of() : wanted;
        List<Long> speakers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Actor speaker = Nodes.requireNullable(Actor.class, list.get(i).speaker(), "input.quotes[" + i + "].speaker");
            speakers.add(speaker == null ? null : speaker.pk);
        }
        List<Quote> stored = Quote.<Quote>list("statementId = ?1 order by pk", statement.pk);
        boolean same = stored.size() == list.size();
        for (int i = 0; same && i < list.size(); i++) {
            same = stored.get(i).text.equals(list.get(i).text()) && Objects.equals(stored.get(i).speakerId, speakers.get(i));
        }
        if (same) {
            return;
        }
        stored.forEach(q -> q.delete());
        for (int i = 0; i < list.size(); i++) {
            Quote quote = new Quote();
            quote.statementId = statement.pk;
            quote.text = list.get(i).text();
            quote.speakerId = speakers.get(i);
            quote.persist();
        }
    }

}
