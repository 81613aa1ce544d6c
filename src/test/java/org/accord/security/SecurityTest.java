package org.accord.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.accord.support.GraphQl;
import org.accord.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, over HTTP with real signed tokens: reads are public, mutations need a valid
 * token with the role editor, and a token that fails verification is refused on any request.
 * Every refused write must leave the data as it was.
 */
@QuarkusTest
class SecurityTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static final String CREATE = "mutation { createActor(input: {kind: PERSON, name: \\\"Security Probe\\\"}) { actor { name } } }";
    private static final String COUNT = "{ resolveActors(name: \\\"Security Probe\\\") { id } }";

    /** POSTs {@code query} (JSON-escaped already) with this Authorization header, or none. */
    static ValidatableResponse post(String authorization, String query) {
        var request = given().accept("application/graphql-response+json").contentType("application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.body("{\"query\": \"" + query + "\"}").when().post("/graphql").then();
    }

    private static int probes() {
        return GraphQl.data(COUNT.replace("\\\"", "\"")).getList("resolveActors").size();
    }

    @Test
    void readsArePublic() {
        post(null, "{ sources(first: 1) { totalCount } }").statusCode(200)
                .body("errors", nullValue()).body("data.sources.totalCount", greaterThanOrEqualTo(11));
    }

    @Test
    void aMutationWithoutATokenIs401AndChangesNothing() {
        int before = probes();
        post(null, CREATE).statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("editor"));
        assertEquals(before, probes());
    }

    @Test
    void aMutationWithoutTheEditorRoleIs403AndChangesNothing() {
        int before = probes();
        post("Bearer " + Tokens.DEV.token("rita", "reader"), CREATE).statusCode(403)
                .header("WWW-Authenticate", containsString("insufficient_scope"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("'editor'"));
        assertEquals(before, probes());
    }

    @Test
    void anEditorMayWrite() {
        int before = probes();
        post("Bearer " + Tokens.DEV.token("edna", "editor"), CREATE).statusCode(200)
                .body("errors", nullValue())
                .body("data.createActor.actor.name", equalTo("Security Probe"));
        assertEquals(before + 1, probes());
    }

    @Test
    void anEditorTokenAlsoReads() {
        post("Bearer " + Tokens.DEV.token("edna", "editor"), "{ sources(first: 0) { totalCount } }").statusCode(200)
                .body("data.sources.totalCount", greaterThanOrEqualTo(11));
    }

    @Test
    void anExpiredTokenIs401EvenForAQuery() {
        int before = probes();
        String expired = "Bearer " + Tokens.DEV.expired("edna", 120, "editor"); // beyond the 30 s clock skew
        refused(post(expired, CREATE));
        refused(post(expired, "{ sources(first: 0) { totalCount } }"));
        assertEquals(before, probes());
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        int before = probes();
        Tokens impostor = Tokens.generate(Tokens.DEV.issuer); // same issuer, untrusted key
        refused(post("Bearer " + impostor.token("mallory", "editor"), CREATE));
        assertEquals(before, probes());
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        int before = probes();
        refused(post("Bearer " + Tokens.DEV.withIssuer("https://elsewhere.example").token("mallory", "editor"), CREATE));
        assertEquals(before, probes());
    }

    @Test
    void aMalformedTokenIs401() {
        refused(post("Bearer not.a.token", CREATE));
        refused(post("Bearer " + Tokens.DEV.token("edna", "editor").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl"), CREATE));
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("token was refused"))
                .body(not(containsString("Exception")));
    }

    @Test
    void corsAdmitsTheConfiguredFrontendOnly() {
        given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", "https://newsroom.example")
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
        // a simple cross-origin request: the browser may read the answer only for the configured origin
        given().header("Origin", "https://newsroom.example").contentType("application/json")
                .body("{\"query\": \"{ __typename }\"}").when().post("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "https://newsroom.example");
    }

    /**
     * SmallRye's GraphQL-over-WebSocket route (graphql-ws, graphql-transport-ws) runs queries and
     * mutations too, past AccessPolicy and the request limits. No upgrade reaches it: Accord's own
     * socket takes graphql-transport-ws and runs subscriptions only, so a mutation sent through it
     * never runs; the older graphql-ws subprotocol is closed with 4406 before it reads anything, and
     * an unknown one is refused before the upgrade.
     */
    @Test
    void mutationsNeverRunOverWebSocket() throws Exception {
        int before = probes();
        var refusedHandshake = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("chat")
                .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
                });
        ExecutionException refused = assertThrows(ExecutionException.class, () -> refusedHandshake.get(30, TimeUnit.SECONDS));
        assertEquals(400, assertInstanceOf(WebSocketHandshakeException.class, refused.getCause()).getResponse().statusCode());
        // the older graphql-ws protocol (SmallRye's route would run it) is upgraded and closed at once, unread
        java.util.concurrent.CompletableFuture<Integer> legacyClosed = new java.util.concurrent.CompletableFuture<>();
        WebSocket legacy = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-ws")
                .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        legacyClosed.complete(statusCode);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        legacy.sendText("{\"type\":\"connection_init\"}", true);
        legacy.sendText("{\"id\":\"1\",\"type\":\"start\",\"payload\":{\"query\":\"" + CREATE + "\"}}", true);
        assertEquals(4406, legacyClosed.get(15, TimeUnit.SECONDS));

        java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        received.add(data.toString());
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"" + Tokens.DEV.editor() + "\"}}", true)
                .get(5, TimeUnit.SECONDS);
        assertTrue(received.poll(15, TimeUnit.SECONDS).contains("connection_ack"));
        socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + CREATE + "\"}}", true)
                .get(5, TimeUnit.SECONDS);
        String error = received.poll(15, TimeUnit.SECONDS);
        assertTrue(error.contains("\"type\":\"error\"") && error.contains("POST them to /graphql"), error);
        socket.abort();
        assertEquals(before, probes(), "the mutation did not run, even with an editor's token");
    }

    /** Netty upgrades when any one of several Upgrade lines says websocket: so must the refusal look at all. */
    @Test
    void noWebSocketBehindASecondUpgradeHeader() throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: h2c\r\nUpgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 400 Bad Request", statusLine);
        }
    }

    /** The operation that runs is the one checked: in a document with both, the selected one decides. */
    @Test
    void theSelectedOperationIsTheOneChecked() {
        int before = probes();
        String document = "query Q { sources(first: 0) { totalCount } } " + CREATE.replaceFirst("^mutation", "mutation M");
        given().accept("application/graphql-response+json").contentType("application/json")
                .body("{\"query\": \"" + document + "\", \"operationName\": \"M\"}").when().post("/graphql").then()
                .statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().accept("application/graphql-response+json").contentType("application/json")
                .body("{\"query\": \"" + document + "\", \"operationName\": \"Q\"}").when().post("/graphql").then()
                .statusCode(200).body("data.sources.totalCount", greaterThanOrEqualTo(11));
        assertEquals(before, probes());
    }

    @Test
    void graphiqlHasAHeaderEditorForTheToken() {
        given().when().get("/q/graphql-ui/render.js").then().statusCode(200)
                .body(containsString("headerEditorEnabled = true"))
                .body(containsString("...JSON.parse(parameters.headers)"));
    }
}
