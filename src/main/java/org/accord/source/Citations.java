package org.accord.source;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.accord.actor.Actor;
import org.accord.actor.Affiliation;
import org.accord.commitment.Commitment;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.event.Event;
import org.accord.event.Participation;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Nodes;
import org.accord.place.Place;
import org.accord.process.Process;
import org.accord.statement.Statement;

/**
 * Writing citations, for the mutations of every package. {@code citation.subject_id} has no
 * foreign key (a citation may cite any fact), so whoever deletes a fact deletes its citations here.
 */
public final class Citations {

    /** The types of fact a citation may cite: those whose GraphQL type has a {@code sources} field. */
    public static final Set<String> CITABLE_TYPES = Set.of(Actor.TYPE, Affiliation.TYPE, Place.TYPE, Process.TYPE, Event.TYPE,
            Participation.TYPE, Statement.TYPE, Commitment.TYPE, CommitmentStatusChange.TYPE);

    private Citations() {
    }

    /** Cites {@code subject} (of GraphQL type {@code subjectType}) with the given inputs; {@code field} names the list in errors. */
    public static void add(AccordEntity subject, String subjectType, List<CitationInput> inputs, String field) {
        if (inputs == null) {
            return;
        }
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput input = inputs.get(i);
            Source source = Nodes.require(Source.class, input.source(), field + "[" + i + "].source");
            new Citation(subject, subjectType, source.pk, input.excerpt(), input.locator()).persist();
        }
    }

    /** Checks that {@code subjectType} names a fact, which citations may cite. */
    public static void requireCitable(String subjectType, String field) {
        if (!CITABLE_TYPES.contains(subjectType)) {
            throw new BadUserInputException(field + ": a " + subjectType + " cannot be cited; citations attach to facts: "
                    + String.join(", ", CITABLE_TYPES.stream().sorted().toList()));
        }
    }

    /** Deletes the citations of the records with these database ids. */
    public static void deleteFor(Collection<Long> subjectIds) {
        if (!subjectIds.isEmpty()) {
            Panache.getEntityManager().createQuery("delete from Citation c where any_equals(:ids, c.subjectId)")
                    .setParameter("ids", subjectIds.toArray(Long[]::new)).executeUpdate();
        }
    }

    /** Re-points the citations of one record to another, e.g. when merging. */
    public static void move(long fromSubjectId, long toSubjectId) {
        Panache.getEntityManager().createQuery("update Citation c set c.subjectId = :to, c.version = c.version + 1,"
                        + " c.updatedAt = :now where c.subjectId = :from")
                .setParameter("from", fromSubjectId).setParameter("to", toSubjectId)
                .setParameter("now", OffsetDateTime.now()).executeUpdate();
    }
}
