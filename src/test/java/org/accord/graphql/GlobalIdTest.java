package org.accord.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Global ids are canonical: one string per record, so that clients can use ids as cache keys. */
class GlobalIdTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 42, Long.MAX_VALUE})
    void encodedIdsDecode(long pk) {
        assertEquals(new GlobalId("Actor", pk), GlobalId.decode(GlobalId.encode("Actor", pk)));
    }

    /** Found by the hostile corpus: these decoded to Actor 1 as aliases of its real id. */
    @ParameterizedTest
    @ValueSource(strings = {"Actor:+1", "Actor:01", "Actor:007"})
    void nonCanonicalNumbersAreMalformed(String raw) {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        assertThrows(BadUserInputException.class, () -> GlobalId.decode(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"QWN0b3I6MQ==", "QWN0b3I6MQ="})
    void paddedIdsAreMalformed(String id) {
        assertEquals("QWN0b3I6MQ", GlobalId.encode("Actor", 1)); // the same record without padding
        assertThrows(BadUserInputException.class, () -> GlobalId.decode(id));
    }
}
