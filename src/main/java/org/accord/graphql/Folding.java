package org.accord.graphql;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one text folding for look-ups and search: lower case, no diacritics, single spaces, so that
 * "Aliyev" = "ALİYEV" = "aliyev" and "Pashinián" = "pashinian".
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // dotless i (Turkish, Azerbaijani) has no decomposition: fold it by hand.
        folded = folded.replace('ı', 'i');
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }

    /** Folds the parts that are not null, joined by spaces: the searchable text of a record. */
    public static String foldAll(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        return fold(text.toString());
    }
}
