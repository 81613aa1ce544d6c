package org.accord.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import org.junit.jupiter.api.Test;

class ParsedDocumentsTest {

    private final ParsedDocuments documents = new ParsedDocuments(ParserOptions.getDefaultOperationParserOptions());

    @Test
    void aTextSentAgainIsParsedOnce() {
        Document first = documents.parse("{ actors(first: 1) { nodes { name } } }");
        assertSame(first, documents.parse("{ actors(first: 1) { nodes { name } } }"));
        assertNotSame(first, documents.parse("{ actors(first: 2) { nodes { name } } }"));
    }

    @Test
    void syntaxErrorsAreReportedEveryTimeAndNotKept() {
        assertThrows(InvalidSyntaxException.class, () -> documents.parse("{ actors("));
        assertThrows(InvalidSyntaxException.class, () -> documents.parse("{ actors("));
        assertEquals(0, documents.size());
    }

    @Test
    void memoryIsBoundedByTheTextsKept() {
        String longText = "{ " + "__typename ".repeat(ParsedDocuments.MAX_TEXT / 11 + 1) + "}";
        assertNotSame(documents.parse(longText), documents.parse(longText), "a text over the length bound is not kept");
        assertEquals(0, documents.characters());
        String text = "{ a0000: __typename }";
        int fit = ParsedDocuments.MAX_CHARACTERS / text.length();
        for (int i = 0; i < fit; i++) {
            documents.parse(String.format("{ a%04d: __typename }", i));
        }
        assertEquals(fit, documents.size());
        assertEquals(fit * text.length(), documents.characters());
        documents.parse("{ one_more_text_over_the_bound: __typename }");
        assertEquals(1, documents.size(), "a full set starts again");
    }
}
