package org.accord.hostile;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One request of the hostile corpus and what it must get.
 *
 * @param name        what the case tries, unique in the corpus (shown when it fails)
 * @param category    the bullet of issue 5 it covers
 * @param method      HTTP method
 * @param contentType request Content-Type, or null for none
 * @param body        the exact request body bytes (empty for GET)
 * @param queryString the raw (already encoded) URL query string for GET, or null
 * @param codes       for a refusal: the codes its errors may carry (a 4xx, or 200 with errors); null
 *                    for a request that must be answered
 * @param answer      for a request that must be answered (200, no errors): what its data must
 *                    satisfy, e.g. that a search for an SQL payload finds only records holding it
 * @param authorization the Authorization header: null for an editor's valid token (so that a
 *                    refusal is about the input, not the token), "" for none
 */
record HostileCase(String name, String category, String method, String contentType, byte[] body, String queryString,
        Set<String> codes, Check answer, String authorization) {

    /** A named condition on an answered request's response. */
    record Check(String description, Predicate<JsonPath> test) {
    }

    static final String JSON = "application/json";

    boolean refusal() {
        return codes != null;
    }

    /** The request as text, for the leak check's "the client sent this itself" exception. */
    String requestText() {
        return new String(body, StandardCharsets.UTF_8) + (queryString == null ? "" : " " + queryString);
    }
}
