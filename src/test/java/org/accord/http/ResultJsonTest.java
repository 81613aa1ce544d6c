package org.accord.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ResultJson} writes the bytes SmallRye's {@code ExecutionResponse} writes, or leaves it to SmallRye. */
class ResultJsonTest {

    // As when SmallRye calls Accord's writer: the request's context is current on the thread.
    @BeforeEach
    void requestContext() {
        SmallRyeContextManager.restore(new SmallRyeContext("ResultJsonTest"));
    }

    @AfterEach
    void noContext() {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
    }

    private enum Status { KEPT, BROKEN }

    private static ExecutionResult data(Object data) {
        return ExecutionResult.newExecutionResult().data(data).build();
    }

    private static void assertSameBytes(ExecutionResult result) {
        Buffer direct = ResultJson.dataOnly(result);
        assertNotNull(direct, "written directly");
        assertEquals(new ExecutionResponse(result).getExecutionResultAsString(), direct.toString("UTF-8"));
    }

    @Test
    void stringsAreEscapedAsSmallRyeEscapesThem() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("quote", "He said \"yes\" \\ no");
        node.put("control", "line\nnext\ttab\r\u0001\u001f\b\f");
        node.put("unicode", "Nagorno-Karabakh — Ağdam, 🕊, </script>, \u2028");
        node.put("empty", "");
        node.put("absent", null);
        assertSameBytes(data(Map.of("actor", node)));
    }

    @Test
    void numbersAreWrittenAsSmallRyeWritesThem() {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("int", 42);
        n.put("negativeLong", -5_000_000_000L);
        n.put("short", (short) 7);
        n.put("byte", (byte) -1);
        n.put("double", 3.0d);
        n.put("tenBillion", 1e10d);
        n.put("tenth", 0.1d);
        n.put("tiny", 1e-7d);
        n.put("float", 1.5f);
        n.put("floatTenth", 0.1f);
        n.put("decimal", new BigDecimal("12.50"));
        n.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        assertSameBytes(data(Map.of("numbers", n)));
    }

    @Test
    void nestingBooleansEnumsAndNullsAsSmallRye() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("yes", true);
        inner.put("no", false);
        inner.put("status", Status.KEPT);
        inner.put("list", Arrays.asList(1, null, "two", List.of(), Map.of()));
        List<Object> nodes = new ArrayList<>();
        nodes.add(inner);
        nodes.add(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", nodes);
        data.put("totalCount", 2);
        data.put("nothing", null);
        assertSameBytes(data(data));
        assertSameBytes(data(null));
    }

    @Test
    void everythingElseGoesSmallRyesWay() {
        assertNull(ResultJson.dataOnly(data(Map.of("date", LocalDate.of(2023, 9, 19)))), "a type SmallRye hands to JSON-B");
        assertNull(ResultJson.dataOnly(ExecutionResult.newExecutionResult().data(Map.of("a", 1))
                .addError(GraphqlErrorBuilder.newError().message("refused").build()).build()), "errors");
        assertNull(ResultJson.dataOnly(ExecutionResult.newExecutionResult().data(Map.of("a", 1))
                .extensions(Map.of("cost", 3)).build()), "extensions");
        assertNull(ResultJson.dataOnly(ExecutionResult.newExecutionResult().build()), "no data");
        SmallRyeContextManager.getCurrentSmallRyeContext().addExtension("cost", 3);
        assertNull(ResultJson.dataOnly(data(Map.of("a", 1))), "extensions added through SmallRye's context");
        SmallRyeContextManager.clearCurrentSmallRyeContext();
        assertNull(ResultJson.dataOnly(data(Map.of("a", 1))), "no request context to ask");
    }
}
