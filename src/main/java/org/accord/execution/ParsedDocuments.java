package org.accord.execution;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses operations, and keeps the documents of the texts clients send again and again.
 *
 * <p>An app sends the same few query texts with different variables, and parsing one took 3% of
 * the server's CPU in a mediator traversal (SmallRye keeps its own parsed documents; this is the
 * parse of Accord's checks before execution). Documents are immutable, so one serves every
 * request. The memory is bounded by the texts kept, {@link #MAX_CHARACTERS} characters in all: a
 * parsed document takes about a hundred times its text's size (a node per token, each with its
 * source location), so the bound keeps the documents to a few megabytes, whoever sends them and
 * whether or not the operation is then refused. A text over {@link #MAX_TEXT} characters is parsed
 * every time; when the
 * next text would pass the bound, all are dropped and the set starts again, so a client sending
 * endless new texts costs parsing, as before, and no memory. Only documents that parsed are
 * kept: a syntax error is reported afresh each time.
 */
public final class ParsedDocuments {

    static final int MAX_CHARACTERS = 100_000;
    static final int MAX_TEXT = MAX_CHARACTERS / 10;

    private final ParserOptions options;
    private final Map<String, Document> byText = new ConcurrentHashMap<>();
    private final AtomicInteger characters = new AtomicInteger();

    public ParsedDocuments(ParserOptions options) {
        this.options = options;
    }

    public Document parse(String text) throws InvalidSyntaxException {
        Document document = byText.get(text);
        if (document != null) {
            return document;
        }
        document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text).parserOptions(options).build());
        if (text.length() > MAX_TEXT) {
            return document;
        }
        if (characters.addAndGet(text.length()) > MAX_CHARACTERS) {
            // Start again with this text. Threads racing here may each clear, and counts of texts
            // added meanwhile may be lost: the set stays within the bound plus MAX_TEXT a thread.
            byText.clear();
            characters.set(text.length());
        }
        byText.put(text, document);
        return document;
    }

    /** How many documents are kept (for tests). */
    int size() {
        return byText.size();
    }

    /** How many characters of text are kept (for tests). */
    int characters() {
        return characters.get();
    }
}
