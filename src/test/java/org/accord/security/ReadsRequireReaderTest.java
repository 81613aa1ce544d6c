package org.accord.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.accord.support.Tokens;
import org.junit.jupiter.api.Test;

/** With {@code accord.security.reads-require-reader=true}, queries need the role reader (or editor). */
@QuarkusTest
@TestProfile(ReadsRequireReaderTest.ReadersOnly.class)
class ReadsRequireReaderTest {

    public static class ReadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.security.reads-require-reader", "true");
        }
    }

    private static final String QUERY = "{ sources(first: 0) { totalCount } }";

    private static ValidatableResponse post(String authorization, String query) {
        return SecurityTest.post(authorization, query);
    }

    @Test
    void anAnonymousQueryIs401() {
        post(null, QUERY).statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenWithoutReaderIs403() {
        post("Bearer " + Tokens.DEV.token("audrey", "auditor"), QUERY).statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void readersAndEditorsMayRead() {
        post("Bearer " + Tokens.DEV.token("rita", "reader"), QUERY).statusCode(200).body("data.sources.totalCount", greaterThanOrEqualTo(11));
        post("Bearer " + Tokens.DEV.token("edna", "editor"), QUERY).statusCode(200).body("data.sources.totalCount", greaterThanOrEqualTo(11));
    }

    @Test
    void aReaderStillMayNotWrite() {
        post("Bearer " + Tokens.DEV.token("rita", "reader"),
                "mutation { createActor(input: {kind: PERSON, name: \\\"Reader Write\\\"}) { actor { name } } }")
                .statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
