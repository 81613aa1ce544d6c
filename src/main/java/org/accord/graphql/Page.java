package org.accord.graphql;

/**
 * A validated page request: {@code first} defaults to 20 and may not exceed 100 (a larger value is
 * an error, never a silent cut); {@code after} is a cursor from an earlier page.
 */
public record Page(int first, Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Page of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0) {
            throw new BadUserInputException("Argument 'first' must not be negative (got " + size + ")");
        }
        if (size > MAX_SIZE) {
            throw new LimitExceededException("Argument 'first' is " + size + ", above the page size limit of " + MAX_SIZE);
        }
        return new Page(size, after == null ? null : Cursor.decode(after));
    }
}
