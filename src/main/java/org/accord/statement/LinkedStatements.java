package org.accord.statement;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.accord.actor.Actor;
import org.accord.event.Event;
import org.accord.graphql.ArgumentBatch;
import org.accord.graphql.Batch;
import org.accord.graphql.Connections;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The statements of actors and events ({@code Actor.statements}, {@code Event.statements}),
 * resolved here, in the package whose rows hold the links, so that actor and event need not know
 * statements.
 */
@GraphQLApi
public class LinkedStatements {

    @Inject
    Context context;

    @NonNull
    @Name("statements")
    @Description("The statements it authored, in date order, undated statements last.")
    public CompletionStage<StatementConnection> actorStatements(@Source Actor actor,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return ArgumentBatch.load(context, "Actor.statements", actor, Page.of(first, after, last, before), (actors, page) -> {
            List<Object[]> rows = Batch.rows("select a.actorId, s from StatementAuthor a join Statement s on s.pk = a.statementId"
                    + " where any_equals(:ids, a.actorId) order by s.date.earliest, s.pk", actors, Map.of());
            return Connections.perParent(actors, rows, StatementApi.CHRONOLOGICAL, page, StatementConnection::new);
        });
    }


    @NonNull
    @Name("statements")
    @Description("The statements issued at it, in date order, undated statements last.")
    public List<@NonNull List<@NonNull Statement>> eventStatements(@Source List<Event> events) {
        List<Statement> statements = Batch.list("from Statement e where any_equals(:ids, e.eventId) order by e.date.earliest, e.pk", Statement.class, events);
        return Batch.group(events, statements, s -> s.eventId);
    }

}
