package org.accord.commitment;

import io.smallrye.graphql.api.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.actor.Actor;
import org.accord.graphql.Prefetched;

/**
 * The obligors and beneficiaries of commitments read in the statement that lists the commitments,
 * for a resolver that sees them selected below it ({@link #selected}). The resolver adds
 * {@link #columns}, {@link #joins} and {@link #order} to its query on commitments {@code c}, binds
 * {@link #params}, and hands the rows to {@link #prefetch}: the parties' fields then answer from
 * them and send no statement of their own ({@link Prefetched}).
 *
 * @param side the one side selected, or null when both are
 */
public record PartiesJoin(CommitmentSide side) {

    /** The join for the parties selected below the field being resolved, or null if none is. */
    public static PartiesJoin selected(Context context) {
        boolean obligors = Prefetched.selects(context, "obligors");
        boolean beneficiaries = Prefetched.selects(context, "beneficiaries");
        if (obligors && beneficiaries) {
            return new PartiesJoin(null);
        }
        return obligors || beneficiaries ? new PartiesJoin(obligors ? CommitmentSide.OBLIGOR : CommitmentSide.BENEFICIARY) : null;
    }

    /** The party row's id and side, and its actor: null for a commitment without parties. */
    public String columns() {
        return ", p.pk, p.side, a";
    }

    /**
     * Every party of each commitment, or those of one side. The side is a join condition here, on
     * the unique index (commitment, side, actor); {@link CommitmentFields} filters it in Java
     * because H2 plans {@code commitment = any(?) and side = ?} by the side alone.
     */
    public String joins() {
        return " left join CommitmentParty p on p.commitmentId = c.pk" + (side == null ? "" : " and p.side = :side")
                + " left join Actor a on a.pk = p.actorId";
    }

    /** After the commitment: the parties in the order their fields list them. */
    public String order() {
        return ", p.pk";
    }

    public Map<String, Object> params() {
        return side == null ? Map.of() : Map.of("side", side);
    }

    /**
     * Stores the parties of the commitments in {@code rows} ({@code [parent, commitment, party id,
     * side, actor]}) for the fields read: an empty list for a commitment without any.
     */
    public void prefetch(Context context, List<Object[]> rows) {
        Map<Commitment, List<Actor>> obligors = new IdentityHashMap<>();
        Map<Commitment, List<Actor>> beneficiaries = new IdentityHashMap<>();
        Set<Object> seen = new HashSet<>(); // a commitment of two events comes with each
        for (Object[] row : rows) {
            Commitment commitment = (Commitment) row[1];
            List<Actor> made = obligors.computeIfAbsent(commitment, c -> new ArrayList<>());
            List<Actor> benefit = beneficiaries.computeIfAbsent(commitment, c -> new ArrayList<>());
            if (row[2] != null && seen.add(row[2])) {
                (row[3] == CommitmentSide.OBLIGOR ? made : benefit).add((Actor) row[4]);
            }
        }
        if (side != CommitmentSide.BENEFICIARY) {
            Prefetched.put(context, "Commitment", "obligors", obligors);
        }
        if (side != CommitmentSide.OBLIGOR) {
            Prefetched.put(context, "Commitment", "beneficiaries", beneficiaries);
        }
    }
}
