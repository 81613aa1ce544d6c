package org.accord.http;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.buffer.Buffer;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes a response that has data and nothing else straight into the response's bytes.
 *
 * <p>SmallRye 2.17 turns a result into a tree of JSON values, then the tree into a string, then
 * Accord the string into bytes ({@code ExecutionResponse.getExecutionResultAsString}): 4.8% of
 * a mediator traversal's CPU. This writes the same bytes in one pass, with the same JSON
 * generator, the values written as SmallRye writes them (a double as {@code BigDecimal.valueOf},
 * a float through its decimal string). A response with errors or extensions (in the result or
 * added through SmallRye's context), a value of a type
 * SmallRye would hand to JSON-B, or SmallRye's option to leave out null fields, goes SmallRye's
 * way: {@link #dataOnly} answers null. {@code ResultJsonTest} compares both ways byte for byte.
 */
final class ResultJson {

    private static final JsonGeneratorFactory GENERATORS = JsonProvider.provider().createGeneratorFactory(Map.of());
    /** Responses written here (for tests: that real requests take this way). */
    private static final LongAdder WRITTEN = new LongAdder();

    private ResultJson() {
    }

    /** {@code {"data":…}} as SmallRye would write it, or null if it must write it itself. */
    static Buffer dataOnly(ExecutionResult result) {
        if (!result.isDataPresent() || !result.getErrors().isEmpty() || result.getExtensions() != null
                || Config.get().isExcludeNullFieldsInResponses() || mayHaveAddedExtensions()) {
            return null;
        }
        Buffer buffer = Buffer.buffer(8192);
        JsonGenerator json = GENERATORS.createGenerator(new BufferStream(buffer), StandardCharsets.UTF_8);
        json.writeStartObject();
        json.writeKey("data");
        if (!write(json, result.getData())) {
            return null; // dropped unclosed (closing refuses incomplete JSON); nothing was sent
        }
        json.writeEnd();
        json.close();
        WRITTEN.increment();
        return buffer;
    }

    /**
     * Whether a resolver may have added extensions through SmallRye's context, which SmallRye writes
     * after the data. The request's contexts share one map of them, and SmallRye leaves one of
     * them current on the thread that writes the response; without one, SmallRye writes it.
     */
    private static boolean mayHaveAddedExtensions() {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        return context == null || (context.getAddedExtensions() != null && !context.getAddedExtensions().isEmpty());
    }

    static long written() {
        return WRITTEN.sum();
    }

    /** Writes {@code value}; false if SmallRye would have converted it with JSON-B. */
    private static boolean write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.write(s);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeKey((String) entry.getKey());
                if (!write(json, entry.getValue())) {
                    return false;
                }
            }
            json.writeEnd();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                if (!write(json, item)) {
                    return false;
                }
            }
            json.writeEnd();
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.write(((Number) value).intValue());
        } else if (value instanceof Long l) {
            json.write(l);
        } else if (value instanceof Double d) {
            json.write(BigDecimal.valueOf(d)); // as JsonProvider.createValue(double) prints it
        } else if (value instanceof Float f) {
            json.write(new BigDecimal(String.valueOf(f)));
        } else if (value instanceof BigDecimal d) {
            json.write(d);
        } else if (value instanceof BigInteger i) {
            json.write(i);
        } else if (value instanceof Enum<?> e) {
            json.write(e.name());
        } else if (value instanceof JsonValue v) {
            json.write(v);
        } else {
            return false;
        }
        return true;
    }

    /** The generator's output, appended to a Vert.x buffer. */
    private static final class BufferStream extends OutputStream {
        private final Buffer buffer;

        BufferStream(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
