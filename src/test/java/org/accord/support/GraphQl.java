package org.accord.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * Sends GraphQL requests to the running server over HTTP, as a client would: queries
 * anonymously (reads are public), mutations with an editor's bearer token (signed with the
 * development key the test profile trusts). SecurityTest covers the other cases.
 */
public final class GraphQl {

    private GraphQl() {
    }

    /** Runs {@code query} and returns the whole response body. */
    public static JsonPath post(String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON);
        if (isMutation(query)) {
            request.header("Authorization", Tokens.DEV.editor());
        }
        return request.body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Runs {@code query}, asserts that it had no errors, and returns its {@code data}. */
    public static JsonPath data(String query, Object... variables) {
        JsonPath response = post(query, vars(variables));
        assertNull(response.get("errors"), () -> "unexpected errors: " + response.prettify());
        return new JsonPath(response.prettify()).setRootPath("data");
    }

    /** Runs {@code query}, asserts that it failed with one error of {@code code}, and returns the error. */
    public static Map<String, Object> error(String code, String query, Object... variables) {
        JsonPath response = post(query, vars(variables));
        List<Map<String, Object>> errors = response.getList("errors");
        assertNotNull(errors, () -> "expected an error, got " + response.prettify());
        assertEquals(1, errors.size(), response::prettify);
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
        assertEquals(code, extensions.get("code"), response::prettify);
        return errors.get(0);
    }

    /** Whether the document is a mutation (the tests' documents hold one operation each). */
    static boolean isMutation(String query) {
        return query.stripLeading().startsWith("mutation");
    }

    /** Builds a variables map from name, value pairs. */
    public static Map<String, Object> vars(Object... pairs) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
