package org.accord.graphql;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * How a connection is ordered: by one column (a name, a date) and then by id, which makes the
 * order total and stable. The same ordering drives the SQL {@code order by}, the keyset conditions
 * for {@code after} and {@code before}, and the in-memory slicing of nested connections.
 *
 * @param expression HQL for the sort column on alias {@code e}, or null to order by id only
 * @param idExpression HQL for the id that breaks ties, {@code e.pk} unless {@link #readFrom} says otherwise
 * @param key        the sort value of a loaded row, as written into cursors
 * @param parse      turns a cursor's sort value back into a comparable query parameter
 * @param pk         the database id of a row (ids are unique across tables, so rows of several
 *                   types, as in a timeline, still have a total order)
 */
public record Ordering<N>(String expression, String idExpression, Function<N, String> key, Function<String, Comparable<?>> parse, Function<N, Long> pk) {

    public static <N extends AccordEntity> Ordering<N> byId() {
        return new Ordering<>(null, "e.pk", n -> "", s -> s, n -> n.pk);
    }

    public static <N extends AccordEntity> Ordering<N> byText(String expression, Function<N, String> key) {
        return new Ordering<>(expression, "e.pk", key, s -> s, n -> n.pk);
    }

    public static <N extends AccordEntity> Ordering<N> byDate(String expression, Function<N, LocalDate> key) {
        return byDate(expression, key, n -> n.pk);
    }

    /** By a date, then id, for rows of any type (a timeline mixes events, statements, changes). */
    public static <N> Ordering<N> byDate(String expression, Function<N, LocalDate> key, Function<N, Long> pk) {
        return new Ordering<>(expression, "e.pk", n -> key.apply(n).toString(), LocalDate::parse, pk);
    }

    /**
     * The same order (same cursors) read from other columns holding the same values, e.g. the
     * copies of an event's start kept on its participations: a nested list can then be paged from
     * one index of the link table without reading every row it orders.
     */
    public Ordering<N> readFrom(String expression, String idExpression) {
        return new Ordering<>(expression, idExpression, key, parse, pk);
    }

    String orderBy(boolean descending) {
        String direction = descending ? " desc" : "";
        return expression == null ? " order by " + idExpression + direction
                : " order by " + expression + direction + ", " + idExpression + direction;
    }

    /** Restricts {@code where} to the rows strictly after (or before) {@code cursor}. */
    Where beyond(Where where, Cursor cursor, boolean after, String name) {
        if (cursor == null) {
            return where;
        }
        String op = after ? ">" : "<";
        if (expression == null) {
            return where.and(idExpression + " " + op + " :" + name + "Pk", name + "Pk", cursor.pk());
        }
        return where.and("(" + expression + " " + op + " :" + name + "Key or (" + expression + " = :" + name + "Key and " + idExpression + " " + op + " :" + name + "Pk))",
                        name + "Key", sortValue(cursor))
                .param(name + "Pk", cursor.pk());
    }

    public Cursor cursorOf(N node) {
        return new Cursor(pk.apply(node), key.apply(node));
    }

    /** Compares a loaded row with a cursor position: negative before it, positive after it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int compare(N node, Cursor cursor) {
        if (expression != null) {
            int c = ((Comparable) parse.apply(key.apply(node))).compareTo(sortValue(cursor));
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(pk.apply(node), cursor.pk());
    }

    private Comparable<?> sortValue(Cursor cursor) {
        try {
            return parse.apply(cursor.sortValue());
        } catch (RuntimeException e) {
            throw new BadUserInputException("Cursor '" + cursor.encode() + "' does not belong to this list");
        }
    }
}
