package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The one codec for global ids: base64url of {@code Type:number}, e.g. {@code Actor:51}.
 * Clients must treat ids as opaque; the type inside lets {@code node(id:)} find the table.
 *
 * <p>It is also the one place that follows redirects: when {@code mergeActors} merges a record
 * into another, it leaves a row in {@code record_redirect}, and {@link #decode(String, String)}
 * (through which every typed id argument, filter and look-up passes) and {@link #current()}
 * (used by {@code node(id:)}) answer the survivor's id for the merged record's old id.
 */
public record GlobalId(String type, long pk) {

    /** The types whose records can be merged into another, so whose ids may redirect. */
    private static final Set<String> REDIRECTED_TYPES = Set.of("Actor");

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
            String type = raw.substring(0, colon);
            // one id per record: no padding, sign or leading zeros ("Actor:+1", "Actor:01" are not aliases of "Actor:1")
            if (pk <= 0 || !encode(type, pk).equals(id)) {
                throw malformed(id);
            }
            return new GlobalId(type, pk);
        } catch (NumberFormatException e) {
            throw malformed(id);
        }
    }

    /**
     * Decodes an id that must name a record of {@code expectedType}, and returns the database id
     * of the record it names now: for the id of a merged record, the survivor's.
     */
    public static long decode(String id, String expectedType) {
        return decodeAs(id, expectedType).current().pk();
    }

    /** Decodes an id that must name a record of {@code expectedType}, without following redirects. */
    public static GlobalId decodeAs(String id, String expectedType) {
        GlobalId global = decode(id);
        if (!global.type().equals(expectedType)) {
            throw new BadUserInputException(
                    "Id '" + id + "' is a " + global.type() + " id, not a " + expectedType + " id");
        }
        return global;
    }

    /** Like {@link #decode(String, String)}, with null meaning "not given". */
    public static Long decodeNullable(String id, String expectedType) {
        return id == null ? null : decode(id, expectedType);
    }

    /**
     * The record this id names now: itself, or, if it was merged into another record, the record
     * it was merged into. Redirects are kept flat (merging a survivor later re-points the older
     * redirects), so one look-up suffices; types that cannot be merged need none.
     */
    public GlobalId current() {
        if (!REDIRECTED_TYPES.contains(type)) {
            return this;
        }
        List<?> target = Panache.getEntityManager()
                .createNativeQuery("select new_id from record_redirect where old_id = :old")
                .setParameter("old", pk)
                .getResultList();
        return target.isEmpty() ? this : new GlobalId(type, ((Number) target.get(0)).longValue());
    }

    private static BadUserInputException malformed(String id) {
        return new BadUserInputException( "Malformed id '" + id + "': ids are opaque strings returned by the API");
    }
}
