package org.accord.http;

import io.quarkus.jsonp.JsonProviderHolder;
import io.vertx.core.MultiMap;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.accord.execution.HttpProblem;

/**
 * A well-formed GraphQL-over-HTTP request: {@code query} (a string, which need not parse), and the
 * optional {@code operationName} (a string), {@code variables} and {@code extensions} (objects). A
 * JSON {@code null} is the same as leaving a parameter out. Anything else is refused with 400.
 *
 * <p>A persisted operation may stand in for the query: {@code documentId} (a string, the
 * GraphQL-over-HTTP persisted documents proposal) or Apollo's
 * {@code extensions.persistedQuery: {version: 1, sha256Hash}}; {@link #persistedQueryHash} reads
 * the latter. A request needs a query or one of them.
 */
record GraphQlRequest(String query, String operationName, JsonObject variables, JsonObject extensions, String documentId) {

    /** Longer than any id a build tool writes ("sha256:" and 64 hex digits). */
    private static final int MAX_DOCUMENT_ID_LENGTH = 200;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private static final JsonParserFactory PARSERS = JsonProviderHolder.jsonProvider().createParserFactory(Map.of());

    /** Reads a POST body of type application/json, which must be UTF-8. */
    static GraphQlRequest fromJsonBody(byte[] bytes) {
        String body = utf8(bytes);
        if (body.isBlank()) {
            throw HttpProblem.badRequest("The request body is empty; send a JSON object with a \"query\" string");
        }
        JsonValue value = readJson(body, "The request body");
        if (!(value instanceof JsonObject object)) {
            throw HttpProblem.badRequest("The request body must be a JSON object with a \"query\" string");
        }
        return fromJson(object);
    }

    /** Reads the parameters of a JSON object: a POST body, or the payload of a WebSocket subscribe message. */
    static GraphQlRequest fromJson(JsonObject object) {
        return new GraphQlRequest(
                optionalString(object.get("query"), "query"),
                emptyToNull(optionalString(object.get("operationName"), "operationName")),
                optionalObject(object.get("variables"), "variables"),
                optionalObject(object.get("extensions"), "extensions"),
                emptyToNull(optionalString(object.get("documentId"), "documentId"))).complete();
    }

    /** Reads the URL query parameters of a GET; {@code variables} and {@code extensions} are JSON text. */
    static GraphQlRequest fromQueryParameters(MultiMap params) {
        return new GraphQlRequest(params.get("query"),
                emptyToNull(params.get("operationName")),
                jsonParameter(params.get("variables"), "variables"),
                jsonParameter(params.get("extensions"), "extensions"),
                emptyToNull(params.get("documentId"))).complete();
    }

    /** This request, if it names a document: a query, a documentId or a persisted query hash. */
    private GraphQlRequest complete() {
        if (documentId != null && documentId.length() > MAX_DOCUMENT_ID_LENGTH) {
            throw HttpProblem.badRequest("\"documentId\" is longer than " + MAX_DOCUMENT_ID_LENGTH + " characters");
        }
        if (documentId != null && !documentId.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            // ids are hashes and names that build tools write; anything else would only reach the database to miss
            throw HttpProblem.badRequest("\"documentId\" must be printable ASCII without spaces, as build tools write ids");
        }
        if (query == null && documentId == null && persistedQueryHash() == null) {
            throw HttpProblem.badRequest("The request has no \"query\" string, and no \"documentId\" or persisted query hash"
                    + " (extensions.persistedQuery.sha256Hash) in its place");
        }
        return this;
    }

    /**
     * The SHA-256 hash of Apollo's persisted query extension, in lower case, or null when the request
     * has none. The extension must be {@code {"version": 1, "sha256Hash": "<64 hex digits>"}} (the
     * digits may follow {@code sha256:}).
     */
    String persistedQueryHash() {
        JsonValue value = extensions == null ? null : extensions.get("persistedQuery");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject persisted)) {
            throw HttpProblem.badRequest("\"extensions.persistedQuery\" must be a JSON object, not " + describe(value));
        }
        JsonValue version = persisted.get("version");
        if (!(version instanceof JsonNumber n) || !n.isIntegral() || n.longValue() != 1) {
            throw HttpProblem.badRequest("Unsupported persisted query version: \"extensions.persistedQuery.version\" must be 1");
        }
        JsonValue hash = persisted.get("sha256Hash");
        // graphql-codegen's client preset writes its ids as "sha256:<hex>", and Apollo's link sends them as they are
        String hex = hash instanceof JsonString s ? s.getString().replaceFirst("^sha256:", "") : "";
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw HttpProblem.badRequest("\"extensions.persistedQuery.sha256Hash\" must be a SHA-256 hash: 64 hexadecimal digits,"
                    + " optionally after \"sha256:\"");
        }
        return hex.toLowerCase(Locale.ROOT);
    }

    /** The same request with the document a persisted id stood for. */
    GraphQlRequest withQuery(String document) {
        return new GraphQlRequest(document, operationName, variables, extensions, documentId);
    }

    /** The request as SmallRye GraphQL's ExecutionService reads it. */
    JsonObject toJson() {
        JsonObjectBuilder b = JsonProviderHolder.jsonProvider().createObjectBuilder().add("query", query);
        if (operationName != null) {
            b.add("operationName", operationName);
        }
        if (variables != null) {
            b.add("variables", variables);
        }
        if (extensions != null) {
            b.add("extensions", extensions);
        }
        return b.build();
    }

    /**
     * Parses JSON text that must hold exactly one value. The members of a top-level object must
     * have distinct names: {"query": "a", "query": "b"} is ambiguous.
     */
    private static JsonValue readJson(String text, String what) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            JsonValue value;
            if (parser.next() == JsonParser.Event.START_OBJECT) {
                JsonObjectBuilder object = JsonProviderHolder.jsonProvider().createObjectBuilder();
                Set<String> names = new HashSet<>();
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                    String name = parser.getString();
                    if (!names.add(name)) {
                        throw HttpProblem.badRequest(what + " has \"" + name + "\" more than once");
                    }
                    parser.next();
                    object.add(name, parser.getValue());
                }
                value = object.build();
            } else {
                value = parser.getValue();
            }
            if (parser.hasNext()) {
                parser.next(); // throws, with the position of what follows the value
                throw HttpProblem.badRequest(what + " is not valid JSON: it continues after the value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw HttpProblem.badRequest(what + " is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw HttpProblem.badRequest(what + " is not valid JSON");
        } catch (HttpProblem e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses input nested deeper than its limit (1000 levels) with a bare RuntimeException
            throw HttpProblem.badRequest(what + " is not valid JSON or nests too deeply");
        }
    }

    /**
     * Decodes the body strictly: a lenient decoder would turn invalid bytes into U+FFFD and store
     * that in place of what the client meant.
     */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The request body is not valid UTF-8");
        }
    }

    /** An empty operationName means none (GraphQL-over-HTTP, GET). */
    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static JsonObject jsonParameter(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return optionalObject(readJson(text, "The \"" + name + "\" parameter"), name);
    }

    private static String optionalString(JsonValue value, String name) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw HttpProblem.badRequest("\"" + name + "\" must be a string, not " + describe(value));
    }

    private static JsonObject optionalObject(JsonValue value, String name) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonObject o) {
            return o;
        }
        throw HttpProblem.badRequest("\"" + name + "\" must be a JSON object, not " + describe(value));
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
