package org.accord;

import static org.accord.support.GraphQl.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accord.support.GraphQl;
import org.junit.jupiter.api.Test;

/**
 * The limits that need small values to be tested quickly, in a profile that sets them: the request
 * body (64 KiB) and the dossier (32 KiB, 100 objects). Each is refused with LIMIT_EXCEEDED and a
 * message naming its setting. (The request timeout has its own profile: RequestTimeoutTest. The
 * persisted query store's bounds are tested in this profile too: PersistedQueryBoundsTest. So is
 * search's count, which stops at 3 here.)
 */
@QuarkusTest
@TestProfile(TightLimitsTest.TightLimits.class)
public class TightLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.limits.max-body-size", "64K",
                    "accord.limits.dossier-max-bytes", "32K",
                    "accord.limits.dossier-max-records", "100",
                    "accord.limits.max-page-size", "5",
                    "accord.limits.search-count", "3",
                    "accord.persisted-queries.max-entries", "3",
                    "accord.persisted-queries.cache-size", "2",
                    "accord.persisted-queries.max-document-bytes", "1K");
        }
    }

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static void limitExceeded(JsonPath response, String setting) {
        List<Map<String, Object>> errors = response.getList("errors");
        assertNotNull(errors, response::prettify);
        assertEquals(1, errors.size(), response::prettify);
        assertEquals("LIMIT_EXCEEDED", response.getString("errors[0].extensions.code"), response::prettify);
        assertThat(response.getString("errors[0].message"), containsString(setting));
    }

    // ---- Page size ---------------------------------------------------------------------------------

    @Test
    void thePageSizeLimitIsASetting() {
        limitExceeded(GraphQl.post("{ actors(first: 6) { nodes { name } } }", Map.of()), "accord.limits.max-page-size");
        limitExceeded(GraphQl.post("{ actors(last: 6) { nodes { name } } }", Map.of()), "accord.limits.max-page-size");
        assertEquals(5, GraphQl.data("{ actors(first: 5) { nodes { name } } }").getList("actors.nodes").size());
    }

    // ---- Request body size -------------------------------------------------------------------------

    /**
     * POSTs over a plain socket, so that the test controls the framing: a Content-Length larger
     * than what is sent, or a chunked body. Returns the raw response.
     */
    private String rawPost(String framingHeader, byte[] body, boolean chunked) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: " + endpoint.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/graphql-response+json\r\nX-Request-Id: body-size-test\r\nConnection: close\r\n"
                    + framingHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                if (chunked) {
                    for (int i = 0; i < body.length; i += 4096) {
                        int n = Math.min(4096, body.length - i);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, i, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and stop reading before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] queryOfSize(int bytes) {
        String prefix = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"";
        String suffix = "\"}}";
        return (prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static void is413(String response) {
        assertThat(response, containsString("HTTP/1.1 413"));
        assertThat(response.toLowerCase(), containsString("content-type: application/graphql-response+json"));
        assertThat(response.toLowerCase(), containsString("x-request-id: body-size-test"));
        JsonPath body = new JsonPath(response.substring(response.indexOf("\r\n\r\n") + 4));
        limitExceeded(body, "quarkus.http.limits.max-body-size");
        assertThat(body.getString("errors[0].message"), containsString("limit of 65536 bytes"));
        assertEquals("body-size-test", body.getString("errors[0].extensions.correlationId"));
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413() throws IOException {
        is413(rawPost("Content-Length: " + (64 * 1024 + 1), new byte[0], false));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        is413(rawPost("Transfer-Encoding: chunked", queryOfSize(80 * 1024), true));
    }

    @Test
    void aBodyWithinTheLimitIsServed() throws IOException {
        String chunked = rawPost("Transfer-Encoding: chunked", queryOfSize(60 * 1024), true);
        assertThat(chunked, containsString("HTTP/1.1 200"));
        assertThat(chunked, containsString("\"__typename\":\"Query\""));
        byte[] body = queryOfSize(60 * 1024);
        assertThat(rawPost("Content-Length: " + body.length, body, false), containsString("HTTP/1.1 200"));
    }

    // ---- Dossier size ------------------------------------------------------------------------------

    private static final String IMPORT = "mutation($json: String!) { importDossier(input: {json: $json}) { dossier created } }";

    /** A valid dossier of one source, padded by {@code titleLength} and with {@code names} extra actor names. */
    private static String dossier(int titleLength, int names) {
        String s = UUID.randomUUID().toString();
        StringBuilder nameList = new StringBuilder();
        for (int i = 0; i < names; i++) {
            nameList.append(i == 0 ? "" : ", ").append("{\"value\": \"Name ").append(i).append(' ').append(s).append("\", \"kind\": \"ALIAS\"}");
        }
        return """
                {"dossier": "limits-%s", "title": "Limits",
                 "sources": [{"key": "source.limits-%s", "publisher": "P", "title": "%s", "url": "https://example.org/%s"}],
                 "actors": [{"key": "actor.limits-%s", "kind": "PERSON", "name": "Limits %s", "names": [%s]}]}"""
                .formatted(s, s, "t".repeat(titleLength), s, s, s, nameList);
    }

    @Test
    void dossiersOverTheByteLimitAreRefused() {
        Map<String, Object> error = GraphQl.error("LIMIT_EXCEEDED", IMPORT, "json", dossier(33 * 1024, 0));
        assertEquals("The dossier is larger than the limit of 32768 bytes (accord.limits.dossier-max-bytes)", error.get("message"));
        // bytes, not characters: 11,000 three-byte characters are 33,000 bytes
        String wide = dossier(0, 0).replace("\"title\": \"\"", "\"title\": \"" + "\u20ac".repeat(11_000) + "\"");
        GraphQl.error("LIMIT_EXCEEDED", IMPORT, "json", wide);
    }

    @Test
    void dossiersWithTooManyRecordsAreRefused() {
        // the source, the actor and 99 names: 101 objects below the top level
        Map<String, Object> error = GraphQl.error("LIMIT_EXCEEDED", IMPORT, "json", dossier(1, 99));
        assertThat(error.get("message").toString(), containsString("more than 100 records"));
        assertThat(error.get("message").toString(), containsString("accord.limits.dossier-max-records"));
        assertThat("100 objects are imported", GraphQl.data(IMPORT, "json", dossier(1, 98)).getInt("importDossier.created"),
                greaterThan(0));
    }

    /** search counts up to accord.limits.search-count and says when it stopped; its pages go on. */
    @Test
    void searchStopsCountingAtItsLimit() {
        String word = "zqcount" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String count = "query($t: String!) { search(text: $t, first: 5) { totalCount totalCountIsExact nodes { ... on Event { id } } } }";
        for (int i = 0; i < 3; i++) {
            GraphQl.data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                    "in", Map.of("kind", "MEETING", "status", "HELD", "title", "Talks " + word + " " + i, "start", "2024"));
        }
        JsonPath three = GraphQl.data(count, "t", word);
        assertEquals(3, three.getInt("search.totalCount"));
        assertEquals(true, three.getBoolean("search.totalCountIsExact"));
        GraphQl.data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", Map.of("kind", "MEETING", "status", "HELD", "title", "Talks " + word + " 3", "start", "2024"));
        JsonPath four = GraphQl.data(count, "t", word);
        assertEquals(3, four.getInt("search.totalCount"), "the count stops at the limit");
        assertEquals(false, four.getBoolean("search.totalCountIsExact"));
        assertEquals(4, four.getList("search.nodes").size(), "the page is not cut by the count");
    }
}
