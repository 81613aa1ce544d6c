package org.accord.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Media types of the GraphQL endpoint: which response type an {@code Accept} header asks for, and
 * whether a {@code Content-Type} is one the endpoint reads. Responses are always UTF-8.
 */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    /** What the endpoint produces, in the order it prefers when the client has no preference. */
    private static final List<String> PRODUCED = List.of(JSON, GRAPHQL_RESPONSE_JSON);

    private MediaTypes() {
    }

    /** One media range of an Accept header: {@code type/subtype}, its weight and its place in the header. */
    private record Range(String type, String subtype, double q, String charset, int position) {

        /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
        int specificity(String mediaType) {
            if (charset != null && !isUtf8(charset)) {
                return -1; // we only write UTF-8
            }
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return subtype.equals("*") ? 0 : -1;
            }
            if (!type.equals(t)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(s) ? 2 : -1;
        }
    }

    /**
     * The media type to answer with, or {@code null} when the header admits neither type (406). No
     * header, or an empty one, means {@code application/json}, as does {@code *}{@code /*}. Otherwise
     * the type with the highest weight wins (RFC 9110: the most specific matching range gives a type
     * its weight); on equal weight a type the client names beats one it reaches by a wildcard, then
     * the one named first, then application/json.
     */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<Range> ranges = parse(accept);
        String best = null;
        Range bestRange = null;
        for (String produced : PRODUCED) {
            Range match = null;
            int matchSpecificity = -1;
            for (Range r : ranges) {
                int s = r.specificity(produced);
                if (s > matchSpecificity) {
                    match = r;
                    matchSpecificity = s;
                }
            }
            if (match == null || match.q() <= 0) {
                continue;
            }
            if (bestRange == null || better(match, matchSpecificity, bestRange, bestRange.specificity(best))) {
                best = produced;
                bestRange = match;
            }
        }
        return best;
    }

    private static boolean better(Range a, int aSpecificity, Range b, int bSpecificity) {
        if (a.q() != b.q()) {
            return a.q() > b.q();
        }
        boolean aNamed = aSpecificity == 2;
        boolean bNamed = bSpecificity == 2;
        if (aNamed != bNamed) {
            return aNamed;
        }
        return aNamed && a.position() < b.position(); // both by wildcard: keep the earlier PRODUCED type
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            String mediaRange = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (mediaRange.equals("*")) {
                mediaRange = "*/*"; // sent by some old clients
            }
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1) {
                continue;
            }
            double q = 1;
            String charset = null;
            boolean valid = true;
            for (int p = 1; p < pieces.length; p++) {
                int eq = pieces[p].indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = pieces[p].substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = unquote(pieces[p].substring(eq + 1).trim());
                if (name.equals("q")) {
                    try {
                        q = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        valid = false;
                    }
                } else if (name.equals("charset")) {
                    charset = value;
                }
            }
            if (valid) {
                ranges.add(new Range(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), q, charset, i));
            }
        }
        return ranges;
    }

    /**
     * Whether a request Content-Type is JSON in UTF-8 (no charset parameter means UTF-8). A header
     * that lists application/json more than once is JSON too: browsers join repeated header values
     * with commas, and GraphiQL's fetcher sets Content-Type under two spellings of its name, so
     * every query it sends says {@code application/json, application/json}. (Splitting on commas is
     * safe here: no JSON media type parameter can hold one.)
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String value : contentType.split(",", -1)) {
            if (!isJsonValue(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJsonValue(String value) {
        String[] pieces = value.split(";");
        if (!pieces[0].trim().toLowerCase(Locale.ROOT).equals(JSON)) {
            return false;
        }
        for (int p = 1; p < pieces.length; p++) {
            int eq = pieces[p].indexOf('=');
            if (eq > 0 && pieces[p].substring(0, eq).trim().equalsIgnoreCase("charset")
                    && !isUtf8(unquote(pieces[p].substring(eq + 1).trim()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(String charset) {
        return charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
