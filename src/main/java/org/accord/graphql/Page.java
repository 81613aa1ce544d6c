package org.accord.graphql;

import io.quarkus.arc.Arc;

/**
 * A validated page request (Relay): {@code first} items after a cursor, or the {@code last} items
 * before one. The size defaults to 20 and may not exceed {@code accord.limits.max-page-size} (100
 * by default; a larger value is a LIMIT_EXCEEDED error, never a silent cut). {@code after} and {@code before} may both be given, to read between two cursors.
 */
public record Page(int size, boolean backward, Cursor after, Cursor before) {

    public static final int DEFAULT_SIZE = 20;
    /** The setting of the largest page. */
    public static final String MAX_SIZE_SETTING = Limits.PREFIX + "max-page-size";

    /**
     * The largest page, {@link Limits#maxPageSize()}. Looked up on each call, not kept in a static
     * field: tests run Quarkus profiles with other limits in one JVM.
     */
    public static int maxSize() {
        return Arc.container().select(Limits.class).get().maxPageSize();
    }

    public static Page of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass 'first' or 'last', not both");
        }
        boolean backward = last != null;
        String argument = backward ? "last" : "first";
        int size = backward ? last : first == null ? DEFAULT_SIZE : first;
        if (size < 0) {
            throw new BadUserInputException("Argument '" + argument + "' must not be negative (got " + size + ")");
        }
        if (size > maxSize()) {
            throw new LimitExceededException("Argument '" + argument + "' is " + size + ", above the page size limit of " + maxSize()
                    + " (" + MAX_SIZE_SETTING + ")");
        }
        return new Page(size, backward, decode(after), decode(before));
    }

    private static Cursor decode(String cursor) {
        return cursor == null ? null : Cursor.decode(cursor);
    }
}
