package org.accord.persisted;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which document a request runs when it may name a persisted one: by Apollo's automatic
 * persisted queries ({@code extensions.persistedQuery.sha256Hash}), or by {@code documentId} (the
 * GraphQL-over-HTTP persisted documents proposal; relay-compiler's and codegen's ids), looked up
 * first among the {@link TrustedDocuments} and then in the {@link PersistedQueryStore}.
 *
 * <ul>
 * <li>A hash or id that names nothing: {@code PERSISTED_QUERY_NOT_FOUND}, so that Apollo's link
 *     sends the query again with its hash, which registers it.</li>
 * <li>A query sent with a hash: the hash must be the SHA-256 of the query's text, so nobody can
 *     file another document under a hash that a client already uses.</li>
 * <li>With {@code accord.trusted-documents.only}: only trusted documents run, by id or by their
 *     exact text; anything else is {@code PERSISTED_QUERY_NOT_IN_LIST}, and nothing is registered.</li>
 * </ul>
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final TrustedDocuments trusted;
    private final PersistedQueryStore store;

    PersistedDocuments(TrustedDocuments trusted, PersistedQueryStore store) {
        this.trusted = trusted;
        this.store = store;
    }

    /**
     * The document to run. {@code query} is the request's text (or null), {@code hash} the SHA-256
     * of Apollo's extension in lower case (or null), {@code documentId} the request's id (or null).
     */
    public String resolve(String query, String hash, String documentId) {
        if (query != null && hash != null && !hash.equals(sha256(query))) {
            throw new PersistedDocumentException(PersistedDocumentException.BAD_USER_INPUT,
                    "The persisted query hash does not match the query: extensions.persistedQuery.sha256Hash must be the"
                            + " SHA-256 of the query's text");
        }
        String id = documentId != null ? documentId : hash;
        if (id != null) {
            String document = lookUp(id);
            if (document == null && query == null) {
                throw notFound(id);
            }
            if (document != null && query != null && !document.equals(query)) {
                throw new PersistedDocumentException(PersistedDocumentException.BAD_USER_INPUT,
                        "The query is not the document registered as " + id + "; send one or the other");
            }
            if (document != null) {
                return document;
            }
        }
        if (trusted.only() && !trusted.contains(query)) {
            throw new PersistedDocumentException(PersistedDocumentException.NOT_IN_LIST,
                    "Only the operations this server trusts run here (accord.trusted-documents.only), and this document is"
                            + " not one of them");
        }
        return query;
    }

    /**
     * Registers a query sent with its hash, once it ran without a request error. Not when only
     * trusted documents run, nor when the client registered nothing.
     */
    public void registered(String query, String hash) {
        if (query != null && hash != null && store.enabled() && !trusted.only() && trusted.document(hash) == null) {
            store.register(hash, query);
        }
    }

    private String lookUp(String id) {
        String document = trusted.document(id);
        String hash = sha256Id(id);
        if (document == null && hash != null && !trusted.only() && store.enabled()) {
            document = store.find(hash); // the store keeps only what was registered under a SHA-256 hash
        }
        return document;
    }

    /**
     * The hash an id stands for, in lower case, when it is a SHA-256 hash (64 hex digits, perhaps
     * after graphql-codegen's {@code sha256:} prefix); otherwise null.
     */
    static String sha256Id(String id) {
        String bare = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return SHA256_HEX.matcher(bare).matches() ? bare.toLowerCase(Locale.ROOT) : null;
    }

    private PersistedDocumentException notFound(String id) {
        if (!trusted.only() && !store.enabled()) {
            return new PersistedDocumentException(PersistedDocumentException.NOT_SUPPORTED, "PersistedQueryNotSupported",
                    "This server does not register persisted queries (accord.persisted-queries.enabled=false); send the query");
        }
        return new PersistedDocumentException(PersistedDocumentException.NOT_FOUND, "PersistedQueryNotFound", trusted.only()
                ? "No trusted document has the id " + id
                : "No document is registered as " + id + "; send it again with its query");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
