package org.accord.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A moment in commit order, for live updates: after the entry at {@code ordinal} of the
 * transaction at {@code position} in the outbox of timeline items (migration V15). A subscriber
 * resumes after it, even in the middle of a large transaction such as an import. Unlike a list's
 * {@link Cursor}, which marks a place in date order, it marks what a client has seen.
 */
public record LiveCursor(long position, int ordinal) implements Comparable<LiveCursor> {

    private static final String PREFIX = "live:";

    /** After every entry of the transaction at {@code position}. */
    public static LiveCursor afterAllOf(long position) {
        return new LiveCursor(position, Integer.MAX_VALUE);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position + "." + ordinal).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code text} encodes; BAD_USER_INPUT naming {@code argument} if it is not one. */
    public static LiveCursor decode(String text, String argument) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                String[] parts = raw.substring(PREFIX.length()).split("\\.", -1);
                LiveCursor cursor = new LiveCursor(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
                if (parts.length == 2 && cursor.position >= 0 && cursor.ordinal >= 0) {
                    return cursor;
                }
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw new BadUserInputException("Argument '" + argument + "': '" + text + "' is not a live cursor; pass a `cursor` this"
                + " subscription sent, or the query `liveCursor`");
    }

    @Override
    public int compareTo(LiveCursor other) {
        int c = Long.compare(position, other.position);
        return c != 0 ? c : Integer.compare(ordinal, other.ordinal);
    }
}
