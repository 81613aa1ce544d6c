package org.accord.graphql;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Links that form a hierarchy, such as a place within a place or an event part of an event, may
 * not loop: no record may end up above itself, directly or through others. The mutations follow
 * the chain through stored records by database id, the dossier import through the dossier's own
 * records by key; both ask {@link #refusal}.
 */
public final class Hierarchy {

    /** How far a chain is followed: a site within a city within a region within a country is four. */
    private static final int MAX_DEPTH = 100;

    private Hierarchy() {
    }

    /**
     * Whether giving {@code self} the parent {@code parent} would make a loop: {@code parent} is
     * {@code self}, or {@code self} is among its ancestors. {@code parentOf} gives a record's parent,
     * or null at the top.
     */
    private static <K> boolean loops(K self, K parent, UnaryOperator<K> parentOf) {
        K around = parent;
        for (int depth = 0; around != null && depth < MAX_DEPTH; depth++) {
            if (around.equals(self)) {
                return true;
            }
            around = parentOf.apply(around);
        }
        return false;
    }

    /**
     * The refusal of giving {@code self} the parent {@code parent} when that makes a loop, or null:
     * {@code itself} ("a place cannot lie within itself"), and where the loop goes through others,
     * the parent named by {@code name} and {@code through} ("lies within it").
     */
    public static <K> String refusal(K self, K parent, UnaryOperator<K> parentOf, Function<K, String> name, String itself, String through) {
        if (self == null || parent == null || !loops(self, parent, parentOf)) {
            return null;
        }
        return itself + (parent.equals(self) ? "" : " (" + name.apply(parent) + " " + through + ")");
    }
}
