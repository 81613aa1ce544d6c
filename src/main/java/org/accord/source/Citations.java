package org.accord.source;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.stream.Collectors;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Citable;
import org.accord.graphql.Nodes;

/**
 * Writing citations, for the mutations of every package. {@code citation.subject_id} has no
 * foreign key (a citation may cite any fact), so whoever deletes a fact deletes its citations here.
 */
public final class Citations {

    private Citations() {
    }

    /**
     * The GraphQL names of the types of fact a citation may cite, sorted: the Node types marked
     * {@link Citable}, so that this package names no feature package.
     */
    public static Set<String> citableTypes() {
        return Nodes.types().entrySet().stream().filter(type -> type.getValue().isAnnotationPresent(Citable.class))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Cites {@code subject} with the given inputs; {@code field} names the list in errors. */
    public static void add(AccordEntity subject, List<CitationInput> inputs, String field) {
        if (inputs == null) {
            return;
        }
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput input = inputs.get(i);
            Source source = Nodes.require(Source.class, input.source, field + "[" + i + "].source");
            new Citation(subject, source.pk, input.excerpt, input.locator).persist();
        }
    }

    /** Checks that {@code subjectType} names a fact, which citations may cite. */
    public static void requireCitable(String subjectType, String field) {
        if (!citableTypes().contains(subjectType)) {
            throw new BadUserInputException(field + ": a " + subjectType + " cannot be cited; citations attach to facts: "
                    + String.join(", ", citableTypes()));
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
