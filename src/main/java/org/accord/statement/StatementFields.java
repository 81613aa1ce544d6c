package org.accord.statement;

import java.util.List;
import java.util.Map;
import org.accord.actor.Actor;
import org.accord.event.Event;
import org.accord.graphql.Batch;
import org.accord.process.Process;
import org.accord.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of Statement and Quote resolved from other rows, one query per field and level. */
@GraphQLApi
public class StatementFields {

    @NonNull
    @Description("The actors that made or signed it.")
    public List<@NonNull List<@NonNull Actor>> authors(@Source List<Statement> statements) {
        return Batch.groupRows(statements, Batch.rows(
                "select sa.statementId, a from StatementAuthor sa join Actor a on a.pk = sa.actorId"
                        + " where any_equals(:ids, sa.statementId) order by sa.pk", statements, Map.of()));
    }

    @NonNull
    @Description("Its words, verbatim, in order.")
    public List<@NonNull List<@NonNull Quote>> quotes(@Source List<Statement> statements) {
        List<Quote> quotes = Batch.list("from Quote e where any_equals(:ids, e.statementId) order by e.pk", Quote.class, statements);
        return Batch.group(statements, quotes, q -> q.statementId);
    }

    @Description("The event it was issued at.")
    public List<Event> event(@Source List<Statement> statements) {
        return Batch.toOne(statements, s -> s.eventId, Event.class);
    }

    @Description("The statement it responds to.")
    public List<Statement> respondsTo(@Source List<Statement> statements) {
        return Batch.toOne(statements, s -> s.respondsToId, Statement.class);
    }

    @NonNull
    @Description("The statements that respond to it, in date order, undated statements last.")
    public List<@NonNull List<@NonNull Statement>> responses(@Source List<Statement> statements) {
        List<Statement> responses = Batch.list("from Statement e where any_equals(:ids, e.respondsToId) order by e.date.earliest, e.pk", Statement.class, statements);
        return Batch.group(statements, responses, s -> s.respondsToId);
    }

    @Description("The process it belongs to.")
    public List<Process> process(@Source List<Statement> statements) {
        return Batch.toOne(statements, s -> s.processId, Process.class);
    }

    @NonNull
    @Description("The sources that report it.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Statement> statements) {
        return Citation.of(statements);
    }

    @Description("Who spoke the words, when a single actor did.")
    public List<Actor> speaker(@Source List<Quote> quotes) {
        return Batch.toOne(quotes, q -> q.speakerId, Actor.class);
    }
}
