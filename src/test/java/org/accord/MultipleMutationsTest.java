package org.accord;

import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.post;
import static org.accord.support.GraphQl.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document of several mutations runs them one after the other, each in its own transaction. One
 * that fails is null in {@code data}, with its error at its path; those before it stay committed and
 * those after it still run, and {@code data} holds what each committed (docs/api.md, "Several
 * mutations in one document").
 */
@QuarkusTest
class MultipleMutationsTest {

    @Test
    void aFailedMutationIsNullBesideTheOnesThatCommitted() {
        String before = unique("Committed before");
        String after = unique("Committed after");
        JsonPath response = post("""
                mutation($a: CreateActorInput!, $bad: CreateActorInput!, $c: CreatePlaceInput!) {
                  first: createActor(input: $a) { actor { id name } }
                  second: createActor(input: $bad) { actor { id } }
                  third: createPlace(input: $c) { place { id name } }
                }""", vars("a", map("kind", "STATE", "name", before), "bad", map("kind", "STATE", "name", " "),
                "c", map("name", after, "kind", "CITY")));

        String first = response.getString("data.first.actor.id");
        String third = response.getString("data.third.place.id");
        assertNotNull(first, response::prettify);
        assertEquals(before, response.getString("data.first.actor.name"));
        Map<String, Object> data = response.getMap("data");
        assertTrue(data.containsKey("second"), response::prettify);
        assertNull(data.get("second"), "the failed mutation is null");
        assertNotNull(third, "the mutation after the failed one still ran: " + response.prettify());

        List<Map<String, Object>> errors = response.getList("errors");
        assertEquals(1, errors.size(), response::prettify);
        assertEquals(List.of("second"), errors.get(0).get("path"));
        assertEquals("BAD_USER_INPUT", ((Map<?, ?>) errors.get(0).get("extensions")).get("code"));
        assertTrue(exists(first), "what committed before the failure stays");
        assertTrue(exists(third));
    }
}
