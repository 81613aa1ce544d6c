package org.accord.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one codec for global ids: base64url of {@code Type:number}, e.g. {@code Actor:51}.
 * Clients must treat ids as opaque; the type inside lets {@code node(id:)} find the table.
 */
public record GlobalId(String type, long pk) {

    public static String encode(String type, long pk) {
        byte[] raw = (type + ":" + pk).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Decodes any well-formed global id; a malformed one is a BAD_USER_INPUT error naming it. */
    public static GlobalId decode(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            throw malformed(id);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
        int colon = raw.indexOf(':');
        if (colon <= 0 || !raw.substring(0, colon).chars().allMatch(Character::isLetter)) {
            throw malformed(id);
        }
        try {
            long pk = Long.parseLong(raw.substring(colon + 1));
            if (pk <= 0) {
                throw malformed(id);
            }
            return new GlobalId(raw.substring(0, colon), pk);
        } catch (NumberFormatException e) {
            throw malformed(id);
        }
    }

    /** Decodes an id that must name a record of {@code expectedType}. */
    public static long decode(String id, String expectedType) {
        GlobalId global = decode(id);
        if (!global.type().equals(expectedType)) {
            throw new BadUserInputException(
                    "Id '" + id + "' is a " + global.type() + " id, not a " + expectedType + " id");
        }
        return global.pk();
    }

    /** Like {@link #decode(String, String)}, with null meaning "not given". */
    public static Long decodeNullable(String id, String expectedType) {
        return id == null ? null : decode(id, expectedType);
    }

    private static BadUserInputException malformed(String id) {
        return new BadUserInputException( "Malformed id '" + id + "': ids are opaque strings returned by the API");
    }
}
