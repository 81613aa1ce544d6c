package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one connection builder. Root lists page in SQL (keyset conditions for the cursors, one row
 * more than asked for to learn whether more follow, and a count); nested lists slice rows that one
 * batch query loaded for all parents. Backward pages ({@code last}/{@code before}) read in reverse
 * order and are turned around, so edges always run in list order.
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
        if (page.size() > 0) {
            Where paged = ordering.beyond(ordering.beyond(where, page.after(), true, "after"), page.before(), false, "before");
            TypedQuery<N> select = em.createQuery("select e" + from + paged.clause() + ordering.orderBy(page.backward()), type);
            paged.params().forEach(select::setParameter);
            rows = select.setMaxResults(page.size() + 1).getResultList();
        }
        return slice(rows, ordering::cursorOf, page, total, connection);
    }

    /**
     * One connection per parent, from rows {@code [parentPk, node]} already in {@code ordering}
     * order: the batch resolvers' way to page nested lists without a query per parent.
     */
    public static <P extends AccordEntity, N, E extends Edge<N>, C extends Connection<N, E>> List<C> perParent(
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
            List<N> window = all.stream()
                    .filter(n -> page.after() == null || ordering.compare(n, page.after()) > 0)
                    .filter(n -> page.before() == null || ordering.compare(n, page.before()) < 0)
                    .toList();
            List<N> inReadingOrder = new ArrayList<>(window);
            if (page.backward()) {
                Collections.reverse(inReadingOrder);
            }
            result.add(slice(inReadingOrder.subList(0, Math.min(inReadingOrder.size(), page.size() + 1)), ordering::cursorOf, page, all.size(), connection));
        }
        return result;
    }

    /**
     * Makes a connection from {@code rows}: up to {@code size + 1} rows in reading order (reversed
     * for backward pages); the extra one only says that more follow in that direction. Lists that
     * page in their own way (search across types) call this directly.
     */
    public static <N, E extends Edge<N>, C extends Connection<N, E>> C slice(
            List<? extends N> rows, Function<N, Cursor> cursor, Page page, int total, Supplier<C> connection) {
        C result = connection.get();
        boolean more = rows.size() > page.size();
        List<N> nodes = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
        if (page.backward()) {
            Collections.reverse(nodes);
        }
        List<E> edges = new ArrayList<>();
        for (N node : nodes) {
            edges.add(result.edge(cursor.apply(node).encode(), node));
        }
        boolean hasNext = page.backward() ? page.before() != null : more;
        boolean hasPrevious = page.backward() ? more : page.after() != null;
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        result.fill(edges, info, total);
        return result;
    }
}
