package org.accord.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names so that look-ups ignore case, diacritics and spacing: "Aliyev" = "ALİYEV" = "aliyev".
 * Compatibility decomposition can lengthen a name ("ﬃ" becomes "ffi"), so the folded form is cut
 * to the width of its indexed column; names that long still match on their first 1000 characters.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int MAX_LENGTH = 1000;

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // dotless i (Turkish, Azerbaijani) has no decomposition: fold it by hand.
        folded = folded.replace('ı', 'i');
        String single = SPACES.matcher(folded).replaceAll(" ").trim();
        return single.length() > MAX_LENGTH ? single.substring(0, MAX_LENGTH) : single;
    }
}
