package org.accord.live;

import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URL;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.accord.support.GraphQlSocket;
import org.accord.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * With {@code accord.security.reads-require-reader=true}, a subscriptions connection needs a token
 * with the role reader (or editor) in connection_init; without one it is closed with a code and a
 * reason the graphql-ws client shows.
 */
@QuarkusTest
@TestProfile(SubscriptionAccessTest.ReadersOnly.class)
class SubscriptionAccessTest {

    public static class ReadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.security.reads-require-reader", "true");
        }
    }

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URL url;

    private JsonObject closedAfterInit(String authorization) throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.open(vertx, url)) {
            socket.init(authorization);
            JsonObject closed = socket.next();
            assertEquals("closed", closed.getString("type"), closed::encodePrettily);
            return closed;
        }
    }

    @Test
    void withoutATokenTheConnectionIsClosedWith4401() throws Exception {
        JsonObject closed = closedAfterInit(null);
        assertEquals(4401, closed.getInteger("code"));
        assertTrue(closed.getString("reason").contains("Authorization"), closed::encodePrettily);
    }

    @Test
    void aRefusedTokenIsClosedWith4401() throws Exception {
        assertEquals(4401, closedAfterInit("Bearer not-a-token").getInteger("code"));
        assertEquals(4401, closedAfterInit("Bearer " + Tokens.DEV.expired("late-reader", 60, "reader")).getInteger("code"), "expired");
        assertEquals(4401, closedAfterInit("Bearer " + Tokens.generate("accord-dev").token("forger", "reader")).getInteger("code"),
                "signed by an unknown key");
    }

    @Test
    void aTokenWithoutTheRoleIsClosedWith4403() throws Exception {
        JsonObject closed = closedAfterInit("Bearer " + Tokens.DEV.token("nobody"));
        assertEquals(4403, closed.getInteger("code"));
        assertTrue(closed.getString("reason").contains("reader"), closed::encodePrettily);
    }

    @Test
    void theConnectionEndsWhenItsTokenExpires() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, "Bearer " + Tokens.DEV.expiringIn(2, "brief-reader", "reader"))) {
            JsonObject closed = socket.nextNotPing();
            assertEquals("closed", closed.getString("type"), closed::encodePrettily);
            assertEquals(4403, closed.getInteger("code"));
            assertTrue(closed.getString("reason").contains("expired"), closed::encodePrettily);
        }
    }

    @Test
    void aReadersTokenSubscribes() throws Exception {
        String process = process(unique("Readers' process"));
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, "Bearer " + Tokens.DEV.token("a-reader", "reader"))) {
            socket.subscribe("r", SubscriptionsTest.TIMELINE, new JsonObject().put("p", process));
            socket.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", socket.nextNotPing().getString("type"), "subscribed, no error");
        }
    }
}
