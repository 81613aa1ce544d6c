package org.accord.graphql;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * How a connection is ordered: by one column (a name, a date) and then by id, which makes the
 * order total and stable. The same ordering drives the SQL {@code order by}, the keyset condition
 * for {@code after}, and the in-memory slicing of nested connections.
 *
 * @param expression HQL for the sort column on alias {@code e}, or null to order by id only
 * @param key        the sort value of a loaded row, as written into cursors
 * @param parse      turns a cursor's sort value back into a query parameter
 */
public record Ordering<N extends AccordEntity>(String expression, Function<N, String> key, Function<String, Object> parse) {

    public static <N extends AccordEntity> Ordering<N> byId() {
        return new Ordering<>(null, n -> "", s -> s);
    }

    public static <N extends AccordEntity> Ordering<N> byText(String expression, Function<N, String> key) {
        return new Ordering<>(expression, key, s -> s);
    }

    public static <N extends AccordEntity> Ordering<N> byDate(String expression, Function<N, LocalDate> key) {
        return new Ordering<>(expression, n -> key.apply(n).toString(), LocalDate::parse);
    }

    String orderBy() {
        return expression == null ? " order by e.pk" : " order by " + expression + ", e.pk";
    }

    /** Restricts {@code where} to the rows after {@code cursor}. */
    Where after(Where where, Cursor cursor) {
        if (cursor == null) {
            return where;
        }
        if (expression == null) {
            return where.and("e.pk > :afterPk", "afterPk", cursor.pk());
        }
        Object value = parseCursorValue(cursor);
        return where.and("(" + expression + " > :afterKey or (" + expression + " = :afterKey and e.pk > :afterPk))", "afterKey", value)
                .param("afterPk", cursor.pk());
    }

    Cursor cursorOf(N node) {
        return new Cursor(node.pk, key.apply(node));
    }

    /** True when {@code node} comes after {@code cursor} in this ordering. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean isAfter(N node, Cursor cursor) {
        if (expression != null) {
            Comparable mine = (Comparable) parse.apply(key.apply(node));
            int c = mine.compareTo(parseCursorValue(cursor));
            if (c != 0) {
                return c > 0;
            }
        }
        return node.pk > cursor.pk();
    }

    private Object parseCursorValue(Cursor cursor) {
        try {
            return parse.apply(cursor.sortValue());
        } catch (RuntimeException e) {
            throw new BadUserInputException("Cursor '" + cursor.encode() + "' does not belong to this list");
        }
    }
}
