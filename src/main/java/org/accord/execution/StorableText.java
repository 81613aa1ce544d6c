package org.accord.execution;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Refuses, before execution, a request with text that cannot be stored: a NUL character (U+0000,
 * which PostgreSQL refuses in text, so the write failed as an internal error there while H2 stored
 * it) or an unpaired surrogate (which has no UTF-8 encoding, so it could never be read back as
 * sent). Both can only arrive as JSON or GraphQL escapes.
 *
 * <p>Why here and not in the String scalar: the String of the schema must stay graphql-java's own
 * instance, which introspection's arguments use ({@code __type(name: String!)}); a stricter copy
 * under the same name made every introspection query with a variable fail validation. So every
 * string of the request is checked: the document's string literals and every string in the
 * variables.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The error for the first unstorable string of the request, or null when there is none. */
    public static GraphQLError check(Document document, JsonObject variables) {
        String[] problem = new String[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
                String found = unstorable(node.getValue());
                if (found != null) {
                    problem[0] = "A string in the query " + found;
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        if (problem[0] == null && variables != null) {
            for (Map.Entry<String, JsonValue> variable : variables.entrySet()) {
                String found = unstorable(variable.getValue());
                if (found != null) {
                    problem[0] = "Variable $" + variable.getKey() + " " + found;
                    break;
                }
            }
        }
        return problem[0] == null ? null : GraphQlErrors.requestError(problem[0], GraphQlErrors.BAD_USER_INPUT);
    }

    /** What makes a JSON value's text (at any depth) impossible to store, or null. */
    private static String unstorable(JsonValue value) {
        if (value instanceof JsonString s) {
            return unstorable(s.getString());
        }
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                String found = unstorable(item);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String found = unstorable(member.getKey());
                if (found == null) {
                    found = unstorable(member.getValue());
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** What makes {@code s} impossible to store, or null. */
    static String unstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair: one supplementary character
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }
}
