package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        return page(type, type.getSimpleName() + " e", false, where, ordering, ordering, page, connection);
    }

    /**
     * The {@link #query} of rows found through a link table whose index holds the filter and the
     * order (an actor's events through participation). A row reached through several links (an
     * actor in two roles at one event) counts once.
     *
     * @param link     the link entity and its alias, e.g. {@code Participation p}
     * @param where    conditions on the link alias
     * @param ordering the list's order on {@code type} (alias {@code e}), for the loaded rows
     * @param byLink   the same order read from the link's columns ({@link Ordering#readFrom})
     */
    public static <N extends AccordEntity, E extends Edge<N>, C extends Connection<N, E>> C queryThrough(
            Class<N> type, String link, Where where, Ordering<N> ordering, Ordering<N> byLink, Page page, Supplier<C> connection) {
        return page(type, link, true, where, ordering, byLink, page, connection);
    }

    /**
     * Root lists: a count, and the page's ids read in order from {@code from} (size + 1 of them,
     * past the cursors) in a derived table that only the page's rows are joined to. An index that
     * holds the conditions and the order then answers both without reading the rows: H2 otherwise
     * reads and sorts every matching row for a page of twenty (the overdue commitments of a
     * process at scale), and ran "pk in (select ...)" several times slower than the join.
     */
    private static <N extends AccordEntity, E extends Edge<N>, C extends Connection<N, E>> C page(Class<N> type, String from,
            boolean distinct, Where where, Ordering<N> ordering, Ordering<N> byFrom, Page page, Supplier<C> connection) {
        EntityManager em = Panache.getEntityManager();
        String id = byFrom.idExpression();
        // count(*), not count(id): PostgreSQL can then count from an index alone (the overdue
        // commitments of a process at L: 0.16 ms against 1.7 ms reading the rows' pages).
        TypedQuery<Long> count = em.createQuery("select " + (distinct ? "count(distinct " + id + ")" : "count(*)") + " from " + from + where.clause(), Long.class);
        where.params().forEach(count::setParameter);
        int total = count.getSingleResult().intValue();

        List<N> rows = List.of();
        if (page.size() > 0) {
            Where paged = byFrom.beyond(byFrom.beyond(where, page.after(), true, "after"), page.before(), false, "before");
            String group = distinct ? " group by " + (byFrom.expression() == null ? "" : byFrom.expression() + ", ") + id : "";
            TypedQuery<N> select = em.createQuery("select e from (select " + id + " as id from " + from + paged.clause() + group
                    + byFrom.orderBy(page.backward()) + " limit :limit) t join " + type.getSimpleName() + " e on e.pk = t.id"
                    + ordering.orderBy(page.backward()), type);
            paged.params().forEach(select::setParameter);
            rows = select.setParameter("limit", page.size() + 1).getResultList();
        }
        return slice(rows, ordering::cursorOf, page, total, connection);
    }

    /**
     * One connection per parent, from rows {@code [parentPk, node]} already in {@code ordering}
     * order: the batch resolvers' way to page nested lists without a query per parent.
     */
    public static <P extends AccordEntity, N, E extends Edge<N>, C extends Connection<N, E>> List<C> perParent(
            List<P> parents, List<Object[]> rows, Ordering<N> ordering, Page page, Supplier<C> connection) {
        return perParent(parents, new Window(rows, null), ordering, page, connection);
    }


    /**
     * Rows {@code [parentPk, node]} of a nested list, possibly cut to the first rows per parent,
     * and each parent's total when the rows do not hold them all ({@code totals} null: they do).
     */
    public record Window(List<Object[]> rows, Map<Long, Integer> totals) {

        /** Adds the rows and totals of another window over the same parents (a list of several types). */
        public Window plus(Window other) {
            List<Object[]> all = new ArrayList<>(rows);
            all.addAll(other.rows);
            Map<Long, Integer> sum = new java.util.HashMap<>(totals);
            other.totals.forEach((k, v) -> sum.merge(k, v, Integer::sum));
            return new Window(all, sum);
        }
    }

    /**
     * The nested-list query of a batch resolver, paged in SQL: for every parent only the rows of
     * its page (size + 1, past the page's cursors) are read, with ROW_NUMBER() OVER (PARTITION BY
     * parent), and each parent's total with COUNT(*) OVER, in one statement. Reading every child
     * of every parent and slicing in memory costs as much as the parent has children: a mediator
     * of thousands of meetings, a process with thousands of timeline entries. A single parent
     * takes {@link #onePage} instead.
     *
     * @param parent HQL for the parent id, e.g. {@code p.actorId}
     * @param from   HQL from the child to the parent, with the aliases {@code ordering}'s
     *               expressions use ({@code e} unless {@link Ordering#readFrom}), a where clause
     *               restricting the parent with {@code any_equals(:ids, parent)}, and one row per child and parent
     * @param type   the child entity
     */
    public static <N extends AccordEntity> Window window(List<? extends AccordEntity> parents, String parent, String from,
            Map<String, Object> params, Class<N> type, Ordering<? super N> ordering, Page page) {
        return window(parents, parent, parent, from, params, type, ordering, page);
    }

    /**
     * The {@link #window} whose single-parent page is ordered by {@code fixed} first: the columns
     * {@code from} holds constant for one parent (its id, and e.g. a role), in the order of the
     * index that should answer it (see {@link Ordering#orderBy(boolean, String)}).
     */
    public static <N extends AccordEntity> Window window(List<? extends AccordEntity> parents, String parent, String fixed, String from,
            Map<String, Object> params, Class<N> type, Ordering<? super N> ordering, Page page) {
        Where paged = ordering.beyond(ordering.beyond(Where.all(), page.after(), true, "after"), page.before(), false, "before");
        String cursors = paged.clause().replaceFirst("^ where ", " and ");
        if (parents.size() == 1) {
            return onePage(parents.get(0), parent, fixed, from, cursors, params, paged, type, ordering, page);
        }
        boolean cursor = page.after() != null || page.before() != null;
        String hql = "select t.parent, n" + (cursor ? "" : ", t.total") + " from (select " + parent + " as parent, " + ordering.idExpression() + " as id,"
                + " row_number() over (partition by " + parent + ordering.orderBy(page.backward()) + ") as rn"
                + (cursor ? "" : ", count(*) over (partition by " + parent + ") as total")
                + " " + from + cursors + ") t join " + type.getSimpleName() + " n on n.pk = t.id"
                + " where t.rn <= :limit order by t.parent, t.rn";
        EntityManager em = Panache.getEntityManager();
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class)
                .setParameter("ids", Batch.pks(parents)).setParameter("limit", (long) page.size() + 1);
        params.forEach(query::setParameter);
        paged.params().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<Long, Integer> totals = new java.util.HashMap<>();
        if (cursor) {
            // The totals count the whole list, not what lies past the cursors: a second statement.
            TypedQuery<Object[]> count = em.createQuery("select " + parent + ", count(*) " + from + " group by " + parent, Object[].class)
                    .setParameter("ids", Batch.pks(parents));
            params.forEach(count::setParameter);
            count.getResultList().forEach(row -> totals.put((Long) row[0], ((Number) row[1]).intValue()));
        } else {
            rows.forEach(row -> totals.put((Long) row[0], ((Number) row[2]).intValue()));
        }
        List<Object[]> pairs = new ArrayList<>(rows.size());
        rows.forEach(row -> pairs.add(new Object[] {row[0], row[1]}));
        return new Window(pairs, totals);
    }

    /**
     * The {@link #window} of a single parent (a page opened on one actor or process, the usual
     * case): the page's ids come from an index in list order and the scan stops after size + 1 of
     * them, where ROW_NUMBER() would number every child first; the total is an index count in the
     * same statement. Both are independent of how many children the parent has when an index
     * matches {@code from} and the ordering.
     */
    private static <N extends AccordEntity> Window onePage(AccordEntity parent, String parentColumn, String fixed, String from, String cursors,
            Map<String, Object> params, Where paged, Class<N> type, Ordering<? super N> ordering, Page page) {
        EntityManager em = Panache.getEntityManager();
        // "column = :id", not any_equals(:ids, column): PostgreSQL reads an index in order for an
        // equality, but not for "= any(array)" (it sorts every row of the parent instead: a
        // process's timeline at M went from 1.4 to 5 ms of database CPU per request).
        String restriction = "any_equals(:ids, " + parentColumn + ")";
        if (!from.contains(restriction)) {
            throw new IllegalArgumentException("the window's from clause must restrict " + parentColumn + " with " + restriction + ": " + from);
        }
        String fromOne = from.replace(restriction, parentColumn + " = :id");
        // A derived table joined to the rows, as in page(): "pk in (select ...)" took 1-4 ms on
        // H2 for a mediator's page of meetings at M, the join 0.2 ms. Each row also carries the
        // total (an uncorrelated subquery, counted once), which saves a round trip; only an empty
        // page (past the last row, or no rows at all) needs the count on its own.
        String count = "select count(*) " + fromOne;
        TypedQuery<Object[]> select = em.createQuery("select n, (" + count + ") from (select " + ordering.idExpression()
                + " as id " + fromOne + cursors + ordering.orderBy(page.backward(), fixed) + " limit :limit) t join "
                + type.getSimpleName() + " n on n.pk = t.id", Object[].class)
                .setParameter("id", parent.pk).setParameter("limit", page.size() + 1);
        params.forEach(select::setParameter);
        paged.params().forEach(select::setParameter);
        List<Object[]> rows = new ArrayList<>();
        int total = 0;
        for (Object[] row : select.getResultList()) {
            rows.add(new Object[] {parent.pk, row[0]});
            total = ((Number) row[1]).intValue();
        }
        if (rows.isEmpty()) {
            TypedQuery<Long> alone = em.createQuery(count, Long.class).setParameter("id", parent.pk);
            params.forEach(alone::setParameter);
            total = alone.getSingleResult().intValue();
        }
        return new Window(rows, Map.of(parent.pk, total));
    }

    /**
     * One connection per parent from a {@link #window}: its rows are the page's rows in reading
     * order (reversed for backward pages), the totals come with it.
     */
    public static <P extends AccordEntity, N, E extends Edge<N>, C extends Connection<N, E>> List<C> perParent(
            List<P> parents, Window window, Ordering<N> ordering, Page page, Supplier<C> connection) {
        List<Object[]> rows = window.rows();
        if (window.totals() != null) {
            // Rows come newest first for backward pages; the slicing below wants list order.
            rows = new ArrayList<>(rows);
            rows.sort((a, b) -> {
                @SuppressWarnings("unchecked")
                N x = (N) a[1];
                @SuppressWarnings("unchecked")
                N y = (N) b[1];
                return ordering.compare(x, ordering.cursorOf(y));
            });
        }
        // A join can reach one node twice (obligor and beneficiary): a set per parent keeps the
        // first (a list's contains() here made long lists quadratic).
        Map<Long, LinkedHashSet<N>> byParent = new LinkedHashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            N node = (N) row[1];
            byParent.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add(node);
        }
        List<C> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            List<N> all = new ArrayList<>(byParent.getOrDefault(parent.pk, new LinkedHashSet<>()));
            List<N> beyond = all.stream()
                    .filter(n -> page.after() == null || ordering.compare(n, page.after()) > 0)
                    .filter(n -> page.before() == null || ordering.compare(n, page.before()) < 0)
                    .toList();
            List<N> inReadingOrder = new ArrayList<>(beyond);
            if (page.backward()) {
                Collections.reverse(inReadingOrder);
            }
            int total = window.totals() == null ? all.size() : window.totals().getOrDefault(parent.pk, 0);
            result.add(slice(inReadingOrder.subList(0, Math.min(inReadingOrder.size(), page.size() + 1)), ordering::cursorOf, page, total, connection));
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
