package org.accord.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in an ordered list: the sort value of a row and its id, so that a cursor stays valid
 * while rows are inserted before or after it (keyset pagination, not offsets).
 */
public record Cursor(long pk, String sortValue) {

    public String encode() {
        String raw = pk + "|" + (sortValue == null ? "" : sortValue);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Cursor(Long.parseLong(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new BadUserInputException("Malformed cursor '" + cursor + "': pass a cursor from a page's edges or pageInfo");
        }
    }
}
