package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one connection builder. Root lists page in SQL (keyset on the ordering, {@code first + 1}
 * rows to learn whether more follow, and a count); nested lists slice rows that one batch query
 * loaded for all parents.
 */
public final class Connections {

    private Connections() {
    }

    /** A page of {@code type} rows matching {@code where}, ordered by {@code ordering}. */
    public static <N extends AccordEntity, E extends Edge<N>, C extends Connection<N, E>> C query(
            Class<N> type, Where where, Ordering<N> ordering, Page page, Supplier<C> connection) {
        EntityManager em = Panache.getEntityManager();
        String from = " from " + type.getSimpleName() + " e";

        TypedQuery<Long> count = em.createQuery("select count(e)" + from + where.clause(), Long.class);
        where.params().forEach(count::setParameter);
        int total = count.getSingleResult().intValue();

        List<N> rows = List.of();
        if (page.first() > 0) {
            Where paged = ordering.after(where, page.after());
            TypedQuery<N> select = em.createQuery("select e" + from + paged.clause() + ordering.orderBy(), type);
            paged.params().forEach(select::setParameter);
            rows = select.setMaxResults(page.first() + 1).getResultList();
        }
        return build(rows, ordering, page, total, connection);
    }

    /**
     * One connection per parent, from rows {@code [parentPk, node]} already in {@code ordering}
     * order: the batch resolvers' way to page nested lists without a query per parent.
     */
    public static <P extends AccordEntity, N extends AccordEntity, E extends Edge<N>, C extends Connection<N, E>> List<C> perParent(
            List<P> parents, List<Object[]> rows, Ordering<N> ordering, Page page, Supplier<C> connection) {
        Map<Long, List<N>> byParent = new LinkedHashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            N node = (N) row[1];
            List<N> siblings = byParent.computeIfAbsent((Long) row[0], k -> new ArrayList<>());
            if (!siblings.contains(node)) { // a join can reach one node twice (obligor and beneficiary)
                siblings.add(node);
            }
        }
        List<C> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            List<N> all = byParent.getOrDefault(parent.pk, List.of());
            List<N> after = page.after() == null ? all
                    : all.stream().filter(n -> ordering.isAfter(n, page.after())).toList();
            List<N> slice = after.subList(0, Math.min(after.size(), page.first() + 1));
            result.add(build(slice, ordering, page, all.size(), connection));
        }
        return result;
    }

    /** {@code rows} holds up to {@code first + 1} rows; the extra one only says that more follow. */
    private static <N extends AccordEntity, E extends Edge<N>, C extends Connection<N, E>> C build(
            List<N> rows, Ordering<N> ordering, Page page, int total, Supplier<C> connection) {
        C result = connection.get();
        boolean hasNext = rows.size() > page.first();
        List<E> edges = new ArrayList<>();
        for (N node : hasNext ? rows.subList(0, page.first()) : rows) {
            edges.add(result.edge(ordering.cursorOf(node).encode(), node));
        }
        PageInfo info = new PageInfo(hasNext, page.after() != null,
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        result.fill(edges, info, total);
        return result;
    }
}
