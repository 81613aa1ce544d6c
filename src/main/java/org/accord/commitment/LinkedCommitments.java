package org.accord.commitment;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.accord.actor.Actor;
import org.accord.event.Event;
import org.accord.graphql.ArgumentBatch;
import org.accord.graphql.Batch;
import org.accord.graphql.Connections;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The commitments of actors, events and statements ({@code Actor.commitments},
 * {@code Event.commitments}, {@code Event.fulfils}, {@code Statement.commitments}). They are
 * resolved here, in the package whose rows hold the links, so that actor, event and statement
 * need not know commitments.
 */
@GraphQLApi
public class LinkedCommitments {

    @Inject
    Context context;

    @NonNull
    @Name("commitments")
    @Description("The commitments it made (OBLIGOR) or that benefit it (BENEFICIARY), in the order they were recorded.")
    public CompletionStage<CommitmentConnection> actorCommitments(@Source Actor actor,
            @Description("Only commitments where the actor is on this side; both sides if omitted.") CommitmentSide side,
            @Description("Only commitments in one of these statuses.") List<CommitmentStatus> status,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        record Args(CommitmentSide side, List<CommitmentStatus> statuses, Page page) {
        }
        List<CommitmentStatus> statuses = status == null ? List.of() : status.stream().filter(Objects::nonNull).distinct().toList();
        return ArgumentBatch.load(context, "Actor.commitments", actor, new Args(side, statuses, Page.of(first, after, last, before)), (actors, args) -> {
            Map<String, Object> params = new HashMap<>();
            String hql = "select p.actorId, c from CommitmentParty p join Commitment c on c.pk = p.commitmentId where any_equals(:ids, p.actorId)";
            if (args.side() != null) {
                hql += " and p.side = :side";
                params.put("side", args.side());
            }
            if (!args.statuses().isEmpty()) {
                hql += " and c.status in :status";
                params.put("status", args.statuses());
            }
            List<Object[]> rows = Batch.rows(hql + " order by c.pk", actors, params);
            return Connections.perParent(actors, rows, CommitmentApi.AS_RECORDED, args.page(), CommitmentConnection::new);
        });
    }


    @NonNull
    @Name("commitments")
    @Description("The commitments made at it, or in a statement issued at it.")
    public List<@NonNull List<@NonNull Commitment>> eventCommitments(@Source List<Event> events) {
        // A commitment belongs to the event it was made at and to the event its statement was issued at.
        // A union of two indexed look-ups, not "madeAt in :ids or statement.event in :ids": an OR
        // across two tables cannot use an index and read the whole commitment table every time.
        // Their obligors and beneficiaries come in the same statement when they are selected.
        PartiesJoin parties = PartiesJoin.selected(context);
        List<Object[]> rows = Batch.rows("select x.eventId, c" + (parties == null ? "" : parties.columns())
                + " from (select c1.madeAtEventId as eventId, c1.pk as id from Commitment c1"
                + " where any_equals(:ids, c1.madeAtEventId) union select s.eventId as eventId, c2.pk as id from Commitment c2"
                + " join Statement s on s.pk = c2.statementId where any_equals(:ids, s.eventId)) x join Commitment c on c.pk = x.id"
                + (parties == null ? "" : parties.joins()) + " order by c.pk" + (parties == null ? "" : parties.order()),
                events, parties == null ? Map.of() : parties.params());
        if (parties != null) {
            parties.prefetch(context, rows);
        }
        return Batch.groupRows(events, rows);
    }


    @NonNull
    @Description("The commitments this event kept, in whole or in part.")
    public List<@NonNull List<@NonNull Commitment>> fulfils(@Source List<Event> events) {
        return Batch.groupRows(events, Batch.rows(
                "select f.eventId, c from Fulfilment f join Commitment c on c.pk = f.commitmentId where any_equals(:ids, f.eventId) order by c.pk",
                events, Map.of()));
    }


    @NonNull
    @Name("commitments")
    @Description("The commitments it announces.")
    public List<@NonNull List<@NonNull Commitment>> statementCommitments(@Source List<Statement> statements) {
        List<Commitment> commitments = Batch.list("from Commitment e where any_equals(:ids, e.statementId) order by e.pk", Commitment.class, statements);
        return Batch.group(statements, commitments, c -> c.statementId);
    }

}
