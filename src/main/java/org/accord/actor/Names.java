package org.accord.actor;

import org.accord.graphql.Folding;

/**
 * Folds names for look-ups that ignore case, diacritics and spacing ({@link Folding}).
 * Compatibility decomposition can lengthen a name ("ﬃ" becomes "ffi"), so the folded form is cut
 * to the width of its indexed column; names that long still match on their first 1000 characters.
 */
public final class Names {

    static final int MAX_LENGTH = 1000;

    private Names() {
    }

    public static String normalize(String name) {
        String folded = Folding.fold(name);
        return folded == null || folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH);
    }
}
