package org.accord.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.accord.support.Fixtures;
import org.accord.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The faults the hostile corpus found, one test each, so that a regression names its cause. Each
 * request goes through {@link #post}; every answer is checked as a client would see it.
 */
@QuarkusTest
class HostileFixesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CREATE_PROCESS = "mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id name } } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    /** The one place this class sends a request, with an editor's token: the faults are about input, not tokens. */
    private JsonPath post(int expectedStatus, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .header("Authorization", Tokens.DEV.editor())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, r.statusCode(), r::body);
        return new JsonPath(r.body());
    }

    private JsonPath post(int expectedStatus, String body) throws IOException, InterruptedException {
        return post(expectedStatus, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Was a 500: Parsson refuses JSON nested deeper than 1000 levels with a bare RuntimeException. */
    @Test
    void deeplyNestedJsonIsABadRequest() throws Exception {
        JsonPath r = post(400, "{\"query\": \"{ __typename }\", \"variables\": {\"v\": " + "[".repeat(5000) + "]".repeat(5000) + "}}");
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
    }

    /** Was stored: the body was decoded leniently, so the invalid byte became U+FFFD in the name. */
    @Test
    void invalidUtf8IsABadRequest() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"query\": " + JsonText.str(CREATE_PROCESS) + ", \"variables\": {\"in\": {\"name\": \"Bad ")
                .getBytes(StandardCharsets.UTF_8));
        body.write(0xff);
        body.writeBytes(" byte\"}}}".getBytes(StandardCharsets.UTF_8));
        JsonPath r = post(400, body.toByteArray());
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertThat(r.getString("errors[0].message"), containsString("UTF-8"));
    }

    /** Was stored on H2 and an internal error on PostgreSQL, which refuses NUL in text. */
    @Test
    void nulInAStringIsRefusedBeforeExecution() throws Exception {
        JsonPath r = post(400, JsonText.request(CREATE_PROCESS, "{\"in\": {\"name\": \"a\\u0000b\"}}"));
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertThat(r.getString("errors[0].message"), containsString("NUL"));
    }

    /** Was stored: an unpaired surrogate has no UTF-8 form, so it could never be read back as sent. */
    @Test
    void unpairedSurrogateIsRefusedBeforeExecution() throws Exception {
        JsonPath r = post(400, JsonText.request(CREATE_PROCESS, "{\"in\": {\"name\": \"a\\ud800b\"}}"));
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertThat(r.getString("errors[0].message"), containsString("unpaired surrogate"));
        // a proper pair is one character, and fine
        JsonPath ok = post(200, JsonText.request(CREATE_PROCESS, "{\"in\": {\"name\": " + JsonText.str(Fixtures.unique("dove \ud83d\udd4a")) + "}}"));
        assertThat(ok.getString("data.createProcess.process.name"), containsString("dove \ud83d\udd4a"));
    }

    /** Was an INTERNAL error: Jackson's nesting limit has no location, and its message names a Java class. */
    @Test
    void dossierBeyondTheParserLimitsIsBadInput() throws Exception {
        String dossier = "{\"dossier\": \"deep\", \"title\": \"t\", \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
        JsonPath r = post(200, JsonText.request("mutation($j: String!) { importDossier(input: {json: $j}) { created } }",
                "{\"j\": " + JsonText.str(dossier) + "}"));
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertThat(r.getString("errors[0].message"), containsString("nesting depth"));
        assertThat(r.getString("errors[0].message"), not(containsString("StreamReadConstraints")));
    }

    /** Every field error said "classification": "DataFetchingException", a graphql-java name. */
    @Test
    void fieldErrorsAreClassifiedByTheirCode() throws Exception {
        JsonPath r = post(200, JsonText.request("{ actor(id: \"nope\") { id } }", null));
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", r.getString("errors[0].extensions.classification"));
    }
}
