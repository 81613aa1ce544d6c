package org.accord.live;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SPIKE (issue 18): a subscription over graphql-transport-ws, end to end: each event created in
 * the process arrives as a {@code next} message, with nested batch fields resolved per event.
 */
@QuarkusTest
class SubscriptionSpikeTest {

    private static final String SUBSCRIPTION = "subscription($p: ID!) { timelineItemAdded(process: $p) { cursor item { __typename"
            + " ... on Event { title participants { role actor { name } } } } } }";
    private static final String CREATE_EVENT = "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }";

    private static final String UPDATE_ACTOR = "mutation($in: UpdateActorInput!) { updateActor(input: $in) { actor { id } } }";

    @Inject
    Vertx vertx;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/graphql")
    URL url;

    @Test
    void eachEventOfTheProcessArrivesWithItsParticipants() throws Exception {
        String process = process(unique("Live process"));
        String other = process(unique("Other process"));
        String armeniaName = unique("Armenia");
        String azerbaijanName = unique("Azerbaijan");
        String armenia = actor(armeniaName);
        String azerbaijan = actor(azerbaijanName);

        Socket socket = connect();
        try {
            socket.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.send(new JsonObject().put("type", "subscribe").put("id", "1")
                    .put("payload", new JsonObject().put("query", SUBSCRIPTION).put("variables", new JsonObject().put("p", process))));
            Thread.sleep(1000); // SPIKE: nothing tells the client the subscription is live (no `after` replay yet)

            String first = unique("First talks");
            String elsewhere = unique("Elsewhere");
            String second = unique("Second talks");
            createEvent(process, first, List.of(map("actor", armenia, "role", "PARTY", "attendance", "ATTENDED"),
                    map("actor", azerbaijan, "role", "MEDIATOR", "attendance", "ATTENDED")));
            createEvent(other, elsewhere, List.of(map("actor", armenia, "role", "PARTY", "attendance", "ATTENDED")));
            JsonObject one = socket.next();
            // Renamed between the two events: the second must not see the first event's Actor
            // (a request context, so a Hibernate session, shared across events would serve it from its cache).
            String renamed = unique("Azerbaijan renamed");
            data(UPDATE_ACTOR, "in", map("id", azerbaijan, "expectedVersion", 0, "kind", "STATE", "name", renamed,
                    "names", List.of(), "externalIds", List.of()));
            createEvent(process, second, List.of(map("actor", azerbaijan, "role", "PARTY", "attendance", "INVITED")));
            JsonObject two = socket.next();

            for (JsonObject m : List.of(one, two)) {
                assertEquals("next", m.getString("type"), m::encodePrettily);
                assertEquals("1", m.getString("id"));
                assertNull(m.getJsonObject("payload").getJsonArray("errors"), m::encodePrettily);
            }
            JsonObject a = one.getJsonObject("payload").getJsonObject("data").getJsonObject("timelineItemAdded");
            JsonObject b = two.getJsonObject("payload").getJsonObject("data").getJsonObject("timelineItemAdded");
            assertEquals("Event", a.getJsonObject("item").getString("__typename"));
            assertEquals(first, a.getJsonObject("item").getString("title"));
            assertEquals(second, b.getJsonObject("item").getString("title"));
            assertNotNull(a.getString("cursor"));
            assertEquals(List.of("PARTY:" + armeniaName, "MEDIATOR:" + azerbaijanName), participants(a));
            assertEquals(List.of("PARTY:" + renamed), participants(b));

            // every connection the events took went back to the pool
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (dataSource.getMetrics().activeCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(0, dataSource.getMetrics().activeCount(), "active connections");

            socket.send(new JsonObject().put("type", "complete").put("id", "1"));
            createEvent(process, unique("After complete"), List.of());
            socket.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", socket.next().getString("type"), "nothing after complete");
        } finally {
            socket.close();
        }
    }

    @Test
    void aMutationOverTheSocketIsRefused() throws Exception {
        Socket socket = connect();
        try {
            socket.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.send(new JsonObject().put("type", "subscribe").put("id", "m")
                    .put("payload", new JsonObject().put("query", "mutation { createProcess(input: {name: \"x\"}) { process { id } } }")));
            JsonObject error = socket.next();
            assertEquals("error", error.getString("type"), error::encodePrettily);
        } finally {
            socket.close();
        }
    }

    @Test
    void withoutConnectionInitTheSocketIsClosedWith4408() throws Exception {
        Socket socket = connect();
        JsonObject closed = socket.next();
        assertEquals("closed", closed.getString("type"), closed::encodePrettily);
        assertEquals(4408, closed.getInteger("code"));
    }

    private static List<String> participants(JsonObject added) {
        JsonArray participants = added.getJsonObject("item").getJsonArray("participants");
        return participants.stream().map(p -> (JsonObject) p)
                .map(p -> p.getString("role") + ":" + p.getJsonObject("actor").getString("name")).toList();
    }

    private static void createEvent(String process, String title, List<Object> participants) {
        data(CREATE_EVENT, "in", map("kind", "MEETING", "status", "HELD", "title", title, "start", "1995-03-04",
                "process", process, "participants", participants));
    }

    private Socket connect() throws Exception {
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(url.getHost()).setPort(url.getPort())
                .setURI(url.getPath()).addSubProtocol("graphql-transport-ws");
        WebSocket ws = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals("graphql-transport-ws", ws.subProtocol());
        Socket socket = new Socket(client, ws);
        ws.textMessageHandler(text -> socket.messages.add(new JsonObject(text)));
        ws.closeHandler(v -> socket.messages.add(new JsonObject().put("type", "closed").put("code", (int) ws.closeStatusCode())
                .put("reason", ws.closeReason())));
        return socket;
    }

    private record Socket(HttpClient client, WebSocket ws, BlockingQueue<JsonObject> messages) {
        Socket(HttpClient client, WebSocket ws) {
            this(client, ws, new LinkedBlockingQueue<>());
        }

        void send(JsonObject message) {
            ws.writeTextMessage(message.encode());
        }

        JsonObject next() throws InterruptedException {
            JsonObject m = messages.poll(15, TimeUnit.SECONDS);
            assertNotNull(m, "no message within 15 s");
            return m;
        }

        void close() {
            if (!ws.isClosed()) {
                ws.close();
            }
            client.close();
        }
    }
}
