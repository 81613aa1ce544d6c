package org.accord.http;

import io.vertx.ext.web.MIMEHeader;
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

    /**
     * How well one media range of the Accept header matches {@code mediaType}: 2 for an exact match,
     * 1 for {@code type/*}, 0 for {@code *}{@code /*} (or a bare {@code *}, sent by some old
     * clients), -1 for no match or a charset other than UTF-8, which is all the endpoint writes.
     */
    private static int specificity(MIMEHeader range, String mediaType) {
        String charset = range.parameter("charset");
        if (charset != null && !isUtf8(charset)) {
            return -1;
        }
        String type = range.component() == null ? "" : range.component().toLowerCase(Locale.ROOT);
        String subtype = range.subComponent() == null || range.subComponent().isEmpty() ? "*" : range.subComponent().toLowerCase(Locale.ROOT);
        int slash = mediaType.indexOf('/');
        if (type.equals("*")) {
            return subtype.equals("*") ? 0 : -1;
        }
        if (!type.equals(mediaType.substring(0, slash))) {
            return -1;
        }
        return subtype.equals("*") ? 1 : subtype.equals(mediaType.substring(slash + 1)) ? 2 : -1;
    }

    /**
     * The media type to answer with, or {@code null} when the header admits neither type (406).
     * {@code accepted} is the request's Accept header as Vert.x parsed it ({@code
     * RoutingContext.parsedHeaders().accept()}). No header, or an empty one, means
     * {@code application/json}, as does {@code *}{@code /*}. Otherwise the type with the highest
     * weight wins (RFC 9110: the most specific matching range gives a type its weight); on equal
     * weight a type the client names beats one it reaches by a wildcard, then the one named first,
     * then application/json.
     */
    static String negotiate(List<MIMEHeader> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        String best = null;
        float bestWeight = 0;
        int bestSpecificity = -1;
        int bestPosition = Integer.MAX_VALUE;
        for (String produced : PRODUCED) {
            MIMEHeader match = null;
            int specificity = -1;
            int position = -1;
            for (int i = 0; i < accepted.size(); i++) {
                int s = specificity(accepted.get(i), produced);
                if (s > specificity) {
                    match = accepted.get(i);
                    specificity = s;
                    position = i;
                }
            }
            if (match == null || match.weight() <= 0) {
                continue;
            }
            boolean better = best == null || match.weight() > bestWeight
                    || (match.weight() == bestWeight && specificity == 2
                            && (bestSpecificity != 2 || position < bestPosition));
            if (better) {
                best = produced;
                bestWeight = match.weight();
                bestSpecificity = specificity;
                bestPosition = position;
            }
        }
        return best;
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
