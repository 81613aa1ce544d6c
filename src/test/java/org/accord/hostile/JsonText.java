package org.accord.hostile;

/**
 * Writes the JSON text of hostile requests by hand, so that every byte is the one intended: strings
 * are escaped to ASCII ({@code \}{@code uXXXX} for everything else), which keeps lone surrogates and
 * control characters exactly as written.
 */
final class JsonText {

    private JsonText() {
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A POST body: the query and, unless null, the variables (JSON text). */
    static String request(String query, String variablesJson) {
        return "{\"query\": " + str(query) + (variablesJson == null ? "" : ", \"variables\": " + variablesJson) + "}";
    }
}
