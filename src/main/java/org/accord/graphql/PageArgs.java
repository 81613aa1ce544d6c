package org.accord.graphql;

/** Descriptions of the Relay paging arguments, shared by every connection field. */
public final class PageArgs {
    public static final String FIRST = "Return the first n records (after `after`), at most the server's page size limit (100 unless configured); 20 if neither `first` nor `last` is given.";
    public static final String AFTER = "Return records after this cursor.";
    public static final String LAST = "Return the last n records (before `before`), at most the server's page size limit (100 unless configured).";
    public static final String BEFORE = "Return records before this cursor.";

    private PageArgs() {
    }
}
