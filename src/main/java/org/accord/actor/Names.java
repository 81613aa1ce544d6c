package org.accord.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names so that look-ups ignore case, diacritics and spacing: "Aliyev" = "ALİYEV" = "aliyev". */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }
}
