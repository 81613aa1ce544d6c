package org.accord.http;

import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Real responses with data and nothing else take {@link ResultJson}'s way, not SmallRye's. */
@QuarkusTest
class ResultJsonInUseTest {

    @Test
    void responsesWithDataAreWrittenDirectly() {
        long before = ResultJson.written();
        data("{ __typename }");
        data("{ actors(first: 2) { nodes { name } } }");
        assertEquals(before + 2, ResultJson.written());
    }
}
