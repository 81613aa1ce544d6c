package org.accord.http;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses operations, and keeps the documents of the texts clients send again and again.
 *
 * <p>An app sends the same few query texts with different variables, and parsing one took 3% of
 * the server's CPU in a mediator traversal (SmallRye keeps its own parsed documents; this is the
 * parse of Accord's checks before execution). Documents are immutable, so one serves every
 * request. The memory is bounded: texts longer than {@link #MAX_LENGTH} characters are parsed
 * every time, and when {@link #MAX_ENTRIES} texts are kept, all are dropped and the set starts
 * again, so a client sending endless new texts costs parsing, as before, and no memory.
 * Only documents that parsed are kept: a syntax error is reported afresh each time.
 */
final class ParsedDocuments {

    static final int MAX_ENTRIES = 500;
    static final int MAX_LENGTH = 20_000;

    private final ParserOptions options;
    private final Map<String, Document> byText = new ConcurrentHashMap<>();

    ParsedDocuments(ParserOptions options) {
        this.options = options;
    }

    Document parse(String text) throws InvalidSyntaxException {
        Document document = byText.get(text);
        if (document != null) {
            return document;
        }
        document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text).parserOptions(options).build());
        if (text.length() <= MAX_LENGTH) {
            if (byText.size() >= MAX_ENTRIES) {
                byText.clear();
            }
            byText.put(text, document);
        }
        return document;
    }

    /** How many documents are kept (for tests). */
    int size() {
        return byText.size();
    }
}
