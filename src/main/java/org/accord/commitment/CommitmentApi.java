package org.accord.commitment;

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

/** Root queries for commitments. */
@GraphQLApi
public class CommitmentApi {

    public static final Ordering<Commitment> AS_RECORDED = Ordering.byId();

    private static final String PARTY = "exists (select 1 from CommitmentParty p where p.commitmentId = e.pk and p.side = %s and p.actorId = :%s)";

    @Query
    @Description("The commitment with this id, or null.")
    public Commitment commitment(@NonNull @Id @Description("A Commitment id.") String id) {
        return Nodes.find(Commitment.class, id);
    }

    @Query
    @NonNull
    @Description("Commitments matching the filter, in the order they were recorded.")
    public CommitmentConnection commitments(
            @Description("Criteria the commitments must meet.") CommitmentFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        CommitmentFilter f = filter == null ? new CommitmentFilter() : filter;
        Where where = Where.all()
                .and("e.status in :status", "status", f.status == null || f.status.isEmpty() ? null : f.status)
                .and("e.kind = :kind", "kind", f.kind)
                .and("e.processId = :process", "process", GlobalId.decodeNullable(f.process, Process.TYPE))
                .and(PARTY.formatted("'OBLIGOR'", "obligor"), "obligor", GlobalId.decodeNullable(f.obligor, Actor.TYPE))
                .and(PARTY.formatted("'BENEFICIARY'", "beneficiary"), "beneficiary", GlobalId.decodeNullable(f.beneficiary, Actor.TYPE))
                .and("e.deadline.latest >= :deadlineFrom", "deadlineFrom", f.deadlineFrom)
                .and("e.deadline.earliest <= :deadlineTo", "deadlineTo", f.deadlineTo);
        if (f.overdueAsOf != null) {
            // "in" the open statuses rather than "not in" the final ones: a list of equalities that
            // the (process, status, deadline) index answers (V7), counting without the rows.
            where = where.and("e.deadline.latest < :asOf and e.status in :open", "asOf", f.overdueAsOf)
                    .param("open", CommitmentStatus.OPEN);
        }
        return Connections.query(Commitment.class, where, AS_RECORDED, Page.of(first, after, last, before), CommitmentConnection::new);
    }
}
