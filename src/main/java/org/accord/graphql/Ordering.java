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

    /**
     * By a date, then id, for rows of any type (a timeline mixes events, statements, changes). The
     * date may be unknown (null, an undated event or statement): such rows come after every dated
     * one, by id, as both databases sort NULL (H2 through DEFAULT_NULL_ORDERING=HIGH in the JDBC
     * URL, PostgreSQL by default), and their cursors hold an empty sort value.
     */
    public static <N> Ordering<N> byDate(String expression, Function<N, LocalDate> key, Function<N, Long> pk) {
        return new Ordering<>(expression, "e.pk", n -> {
            LocalDate date = key.apply(n);
            return date == null ? UNKNOWN : date.toString();
        }, s -> s.equals(UNKNOWN) ? null : LocalDate.parse(s), pk);
    }

    /** The sort value of a row whose sort column is null; it sorts after every other value. */
    private static final String UNKNOWN = "";

    /**
     * The same order (same cursors) read from other columns holding the same values, e.g. the
     * copies of an event's start kept on its participations: a nested list can then be paged from
     * one index of the link table without reading every row it orders.
     */
    public Ordering<N> readFrom(String expression, String idExpression) {
        return new Ordering<>(expression, idExpression, key, parse, pk);
    }

    String orderBy(boolean descending) {
        return orderBy(descending, null);
    }

    /**
     * The order by clause, led by {@code fixed}: columns the query's conditions hold constant (a
     * single parent's id), which do not change the order. H2 reads rows in an index's order, and
     * stops at the page's limit, only when the order by starts with the index's first columns;
     * otherwise it sorts every matching entry (a process's thousands of timeline entries at scale).
     */
    String orderBy(boolean descending, String fixed) {
        String direction = descending ? " desc" : "";
        StringBuilder columns = new StringBuilder(" order by ");
        if (fixed != null) {
            for (String column : fixed.split(",")) {
                columns.append(column.trim()).append(direction).append(", ");
            }
        }
        if (expression != null) {
            columns.append(expression).append(direction).append(", ");
        }
        return columns.append(idExpression).append(direction).toString();
    }

    /** Restricts {@code where} to the rows strictly after (or before) {@code cursor}. */
    Where beyond(Where where, Cursor cursor, boolean after, String name) {
        if (cursor == null) {
            return where;
        }
        String op = after ? ">" : "<";
        String id = idExpression + " " + op + " :" + name + "Pk";
        if (expression == null) {
            return where.and(id, name + "Pk", cursor.pk());
        }
        Comparable<?> value = sortValue(cursor);
        if (value == null) {
            // A cursor on a row without a sort value: those rows come last, by id.
            return where.and("(" + expression + (after ? " is null and " : " is not null or ") + id + ")", name + "Pk", cursor.pk());
        }
        // Rows without a sort value come after every row with one.
        String nulls = after && nullable(value) ? " or " + expression + " is null" : "";
        return where.and("(" + expression + " " + op + " :" + name + "Key" + nulls + " or (" + expression + " = :" + name + "Key and " + id + "))",
                        name + "Key", value)
                .param(name + "Pk", cursor.pk());
    }

    /** Whether this order's column may be null: only dates are (undated events and statements). */
    private static boolean nullable(Comparable<?> value) {
        return value instanceof LocalDate;
    }

    public Cursor cursorOf(N node) {
        return new Cursor(pk.apply(node), key.apply(node));
    }

    /** Compares a loaded row with a cursor position: negative before it, positive after it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int compare(N node, Cursor cursor) {
        if (expression != null) {
            Comparable mine = (Comparable) parse.apply(key.apply(node));
            Comparable theirs = sortValue(cursor);
            // null, an unknown date, sorts after every value, as in SQL (see byDate)
            int c = mine == null || theirs == null ? Boolean.compare(mine == null, theirs == null) : mine.compareTo(theirs);
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
