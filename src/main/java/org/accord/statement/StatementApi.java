package org.accord.statement;

import org.accord.actor.Actor;
import org.accord.graphql.Connections;
import org.accord.graphql.GlobalId;
import org.accord.graphql.Nodes;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Where;
import org.accord.process.Process;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Root queries for statements. */
@GraphQLApi
public class StatementApi {

    /** Statements in date order: by the first day they can have been made, then by id. */
    public static final Ordering<Statement> CHRONOLOGICAL = Ordering.byDate("e.date.earliest", s -> s.date == null ? null : s.date.getEarliest());

    @Query
    @Description("The statement with this id, or null.")
    public Statement statement(@NonNull @Id @Description("A Statement id.") String id) {
        return Nodes.find(Statement.class, id);
    }

    @Query
    @NonNull
    @Description("Statements matching the filter, in date order (earliest possible date, then id), undated statements last.")
    public StatementConnection statements(
            @Description("Criteria the statements must meet.") StatementFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        StatementFilter f = filter == null ? new StatementFilter() : filter;
        Where where = Where.all()
                .and("e.kind = :kind", "kind", f.kind)
                .and("e.processId = :process", "process", GlobalId.decodeNullable(f.process, Process.TYPE))
                .and("exists (select 1 from StatementAuthor a where a.statementId = e.pk and a.actorId = :author)",
                        "author", GlobalId.decodeNullable(f.author, Actor.TYPE))
                .and("e.date.latest >= :from", "from", f.from)
                .and("e.date.earliest <= :to", "to", f.to);
        return Connections.query(Statement.class, where, CHRONOLOGICAL, Page.of(first, after, last, before), StatementConnection::new);
    }
}
