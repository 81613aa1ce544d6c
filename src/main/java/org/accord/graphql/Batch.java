package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Helpers for batch resolvers ({@code @Source List<Parent>}): each runs one query for all parents
 * and returns results in the order of the parents, as SmallRye GraphQL requires.
 */
public final class Batch {

    private Batch() {
    }

    /** The database ids of {@code parents}, as the array that {@link AnyEqualsFunction any_equals} takes. */
    public static Long[] pks(Collection<? extends AccordEntity> parents) {
        return parents.stream().map(p -> p.pk).toArray(Long[]::new);
    }

    /** Resolves a link held as an id column ({@code event.placeId}) to the linked record, or null. */
    public static <P, C extends AccordEntity> List<C> toOne(List<P> parents, Function<P, Long> fk, Class<C> type) {
        Long[] ids = parents.stream().map(fk).filter(Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, C> byId = new HashMap<>();
        if (ids.length > 0) {
            for (C c : Panache.getEntityManager()
                    .createQuery("from " + type.getSimpleName() + " e where any_equals(:ids, e.pk)", type)
                    .setParameter("ids", ids).getResultList()) {
                byId.put(c.pk, c);
            }
        }
        List<C> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long id = fk.apply(parent);
            result.add(id == null ? null : byId.get(id));
        }
        return result;
    }

    /** Groups children by the parent id each carries, in the order the children come. */
    public static <C> List<List<C>> group(List<? extends AccordEntity> parents, List<C> children, Function<C, Long> parentPk) {
        Map<Long, List<C>> byParent = new LinkedHashMap<>();
        for (C child : children) {
            byParent.computeIfAbsent(parentPk.apply(child), k -> new ArrayList<>()).add(child);
        }
        return parents.stream().map(p -> byParent.getOrDefault(p.pk, List.of())).toList();
    }

    /** Groups rows {@code [parentPk, child]}, as join queries return them. */
    @SuppressWarnings("unchecked")
    public static <C> List<List<C>> groupRows(List<? extends AccordEntity> parents, List<Object[]> rows) {
        Map<Long, List<C>> byParent = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<C> list = byParent.computeIfAbsent((Long) row[0], k -> new ArrayList<>());
            if (!list.contains(row[1])) {
                list.add((C) row[1]);
            }
        }
        return parents.stream().map(p -> byParent.getOrDefault(p.pk, List.of())).toList();
    }

    /** Runs an HQL query returning {@code [parentPk, child]} rows for the given parent ids ({@code any_equals(:ids, column)}). */
    public static List<Object[]> rows(String hql, Collection<? extends AccordEntity> parents, Map<String, Object> params) {
        TypedQuery<Object[]> q = Panache.getEntityManager().createQuery(hql, Object[].class)
                .setParameter("ids", pks(parents));
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /**
     * Runs {@code hql}, whose last selected value is the one to filter on, and keeps the rows where
     * it equals {@code value}. Why the filter is not in SQL: given {@code fk = any(?) and column =
     * ?}, H2 plans by the second condition alone and reads the whole table (all 470,394 commitment
     * parties, 377,208 participations at the benchmark's scale L; docs/benchmarks.md). A batch's
     * rows of every value are few.
     */
    public static List<Object[]> rowsWhereLast(String hql, Collection<? extends AccordEntity> parents, Object value) {
        List<Object[]> rows = new ArrayList<>(rows(hql, parents, Map.of()));
        rows.removeIf(row -> !value.equals(row[row.length - 1]));
        return rows;
    }

    /** Runs an HQL query returning entities for the given parent ids ({@code any_equals(:ids, column)}). */
    public static <C> List<C> list(String hql, Class<C> type, Collection<? extends AccordEntity> parents) {
        return Panache.getEntityManager().createQuery(hql, type).setParameter("ids", pks(parents)).getResultList();
    }
}
