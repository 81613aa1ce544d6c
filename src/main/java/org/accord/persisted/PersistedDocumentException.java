package org.accord.persisted;

/**
 * A request whose persisted document cannot be run. Each is a GraphQL request error with its own
 * {@code extensions.code}; docs/api.md, "Persisted operations", lists them.
 */
public class PersistedDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No document is known under the id or hash: a client of Apollo's protocol sends the query again with it. */
    public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    /** Automatic persisted queries are turned off here: the client should send the query itself. */
    public static final String NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";
    /** Only trusted documents run here, and this one is not among them. */
    public static final String NOT_IN_LIST = "PERSISTED_QUERY_NOT_IN_LIST";
    /** The request's query and its hash or id do not belong together. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

    private final String code;
    private final String reason;

    PersistedDocumentException(String code, String message) {
        this(code, message, null);
    }

    /**
     * {@code message} is what clients match on (Apollo's link and urql's exchange compare the
     * message of a miss with {@code PersistedQueryNotFound} exactly); {@code reason}, when given,
     * says the rest, as {@code extensions.reason}.
     */
    PersistedDocumentException(String code, String message, String reason) {
        super(message, null, false, false);
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    /** What the client should know beyond the message, or null. */
    public String reason() {
        return reason;
    }
}
