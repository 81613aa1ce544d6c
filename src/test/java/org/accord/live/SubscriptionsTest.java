package org.accord.live;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.commitment;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.accord.support.GraphQlSocket;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over graphql-transport-ws on a real WebSocket: each committed item once, with
 * nested fields resolved per item; replay with `after`; the checks and error codes of HTTP; the
 * protocol's refusals.
 */
@QuarkusTest
public class SubscriptionsTest {

    static final String TIMELINE = "subscription($p: ID!, $after: String) { timelineItemAdded(process: $p, after: $after) { cursor item { __typename"
            + " ... on Event { title participants { role actor { name } } } ... on Statement { summary } } } }";
    private static final String CREATE_EVENT = "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }";
    private static final String UPDATE_ACTOR = "mutation($in: UpdateActorInput!) { updateActor(input: $in) { actor { id } } }";

    @Inject
    Vertx vertx;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/graphql")
    URL url;

    private static void createEvent(String process, String title, List<Object> participants) {
        data(CREATE_EVENT, "in", map("kind", "MEETING", "status", "HELD", "title", title, "start", "1995-03-04",
                "process", process, "participants", participants));
    }

    private static String liveCursor() {
        return data("{ liveCursor }").getString("liveCursor");
    }

    private static JsonObject added(JsonObject next) {
        assertEquals("next", next.getString("type"), next::encodePrettily);
        assertNull(next.getJsonObject("payload").getJsonArray("errors"), next::encodePrettily);
        return next.getJsonObject("payload").getJsonObject("data").getJsonObject("timelineItemAdded");
    }

    private static List<String> participants(JsonObject added) {
        JsonArray participants = added.getJsonObject("item").getJsonArray("participants");
        return participants.stream().map(p -> (JsonObject) p)
                .map(p -> p.getString("role") + ":" + p.getJsonObject("actor").getString("name")).toList();
    }

    private static JsonObject error(JsonObject message, String code) {
        assertEquals("error", message.getString("type"), message::encodePrettily);
        JsonObject first = message.getJsonArray("payload").getJsonObject(0);
        assertEquals(code, first.getJsonObject("extensions").getString("code"), message::encodePrettily);
        assertNotNull(first.getJsonObject("extensions").getString("correlationId"), message::encodePrettily);
        return first;
    }

    @Test
    void eachCommittedItemOfTheProcessArrivesOnceWithItsNestedFields() throws Exception {
        String process = process(unique("Live process"));
        String other = process(unique("Other process"));
        String armeniaName = unique("Armenia");
        String azerbaijanName = unique("Azerbaijan");
        String armenia = actor(armeniaName);
        String azerbaijan = actor(azerbaijanName);

        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            // from the moment read before subscribing: nothing committed after it is missed
            socket.subscribe("1", TIMELINE, new JsonObject().put("p", process).put("after", liveCursor()));
            String first = unique("First talks");
            String second = unique("Second talks");
            createEvent(process, first, List.of(map("actor", armenia, "role", "PARTY", "attendance", "ATTENDED"),
                    map("actor", azerbaijan, "role", "MEDIATOR", "attendance", "ATTENDED")));
            createEvent(other, unique("Elsewhere"), List.of(map("actor", armenia, "role", "PARTY", "attendance", "ATTENDED")));
            JsonObject one = added(socket.nextNotPing());
            // renamed between the two items: the second must not see the first's Actor (a request
            // context shared across items would serve it from its Hibernate session's cache)
            String renamed = unique("Azerbaijan renamed");
            data(UPDATE_ACTOR, "in", map("id", azerbaijan, "expectedVersion", 0, "kind", "STATE", "name", renamed,
                    "names", List.of(), "externalIds", List.of()));
            createEvent(process, second, List.of(map("actor", azerbaijan, "role", "PARTY", "attendance", "INVITED")));
            JsonObject two = added(socket.nextNotPing());

            assertEquals("Event", one.getJsonObject("item").getString("__typename"));
            assertEquals(first, one.getJsonObject("item").getString("title"));
            assertEquals(List.of("PARTY:" + armeniaName, "MEDIATOR:" + azerbaijanName), participants(one));
            assertEquals(second, two.getJsonObject("item").getString("title"));
            assertEquals(List.of("PARTY:" + renamed), participants(two));

            // every connection the items took went back to the pool
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (dataSource.getMetrics().activeCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(0, dataSource.getMetrics().activeCount(), "active connections");

            socket.send(new JsonObject().put("type", "complete").put("id", "1"));
            createEvent(process, unique("After complete"), List.of());
            socket.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", socket.nextNotPing().getString("type"), "nothing after complete");
            assertNull(socket.poll(300), "nothing after complete");
        }
    }

    @Test
    void aClientThatReconnectsWithItsLastCursorGetsExactlyWhatItMissed() throws Exception {
        String process = process(unique("Resumed process"));
        String seen;
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            socket.subscribe("a", TIMELINE, new JsonObject().put("p", process).put("after", liveCursor()));
            createEvent(process, unique("Seen"), List.of());
            seen = added(socket.nextNotPing()).getString("cursor");
        }
        String missed1 = unique("Missed one");
        String missed2 = unique("Missed two");
        createEvent(process, missed1, List.of());
        data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }", "in",
                map("kind", "CLAIM", "summary", missed2, "process", process));
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            socket.subscribe("b", TIMELINE, new JsonObject().put("p", process).put("after", seen));
            assertEquals(missed1, added(socket.nextNotPing()).getJsonObject("item").getString("title"));
            assertEquals(missed2, added(socket.nextNotPing()).getJsonObject("item").getString("summary"));
            String live = unique("Live again");
            createEvent(process, live, List.of());
            assertEquals(live, added(socket.nextNotPing()).getJsonObject("item").getString("title"));
            assertNull(socket.poll(500), "nothing twice");
        }
    }

    @Test
    void commitmentStatusChangesArriveForTheirCommitment() throws Exception {
        String armenia = actor(unique("Obligor"));
        String promise = commitment(unique("Release"), armenia);
        String src = source(unique("Live source"));
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            socket.subscribe("c", "subscription($c: ID, $after: String) { commitmentStatusChanged(commitment: $c, after: $after) {"
                    + " cursor change { status date { edtf } commitment { id status } } } }",
                    new JsonObject().put("c", promise).put("after", liveCursor()));
            data("mutation($in: RecordCommitmentStatusInput!) { recordCommitmentStatus(input: $in) { change { id } } }", "in",
                    map("commitment", promise, "expectedVersion", 0, "status", "FULFILLED", "date", "1995-04",
                            "citations", List.of(map("source", src, "excerpt", "Kept."))));
            JsonObject next = socket.nextNotPing();
            assertEquals("next", next.getString("type"), next::encodePrettily);
            JsonObject change = next.getJsonObject("payload").getJsonObject("data").getJsonObject("commitmentStatusChanged").getJsonObject("change");
            assertEquals("FULFILLED", change.getString("status"));
            assertEquals(promise, change.getJsonObject("commitment").getString("id"));
            assertEquals("FULFILLED", change.getJsonObject("commitment").getString("status"));
        }
    }

    @Test
    void refusalsAreErrorMessagesWithTheCodesOfHttp() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            socket.subscribe("q", "{ processes(first: 1) { totalCount } }", null);
            JsonObject query = error(socket.nextNotPing(), "BAD_USER_INPUT");
            assertTrue(query.getString("message").contains("POST them to /graphql"), query::encodePrettily);

            socket.subscribe("m", "mutation { createProcess(input: {name: \"x\"}) { process { id } } }", null);
            error(socket.nextNotPing(), "BAD_USER_INPUT");

            socket.subscribe("n", TIMELINE, new JsonObject().put("p", "UHJvY2Vzczo5OTk5OTk5OQ"));
            error(socket.nextNotPing(), "NOT_FOUND");

            String process = process(unique("Refused cursors"));
            socket.subscribe("k", TIMELINE, new JsonObject().put("p", process).put("after", "bm90IGEgY3Vyc29y"));
            assertTrue(error(socket.nextNotPing(), "BAD_USER_INPUT").getString("message").contains("not a live cursor"));

            socket.subscribe("s", "subscription { timelineItemAdded(process: 1) { cursor } ", null);
            error(socket.nextNotPing(), "BAD_USER_INPUT"); // a syntax error, as over HTTP

            // the operation limits of queries: 16 levels, over accord.limits.max-depth (15)
            String deep = "subscription($p: ID!) { timelineItemAdded(process: $p) { item { ... on Event { "
                    + "partOf { ".repeat(14) + "id" + " }".repeat(14) + " } } } }";
            socket.subscribe("d", deep, new JsonObject().put("p", process));
            error(socket.nextNotPing(), "LIMIT_EXCEEDED");

            socket.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", socket.nextNotPing().getString("type"), "the connection stays open");
        }
    }

    @Test
    void protocolViolationsCloseTheConnectionWithTheProtocolsCodes() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.open(vertx, url)) {
            JsonObject closed = socket.next();
            assertEquals("closed", closed.getString("type"), closed::encodePrettily);
            assertEquals(4408, closed.getInteger("code"), "no connection_init in time");
        }
        try (GraphQlSocket socket = GraphQlSocket.open(vertx, url)) {
            socket.subscribe("early", TIMELINE, new JsonObject().put("p", "x"));
            assertEquals(4401, socket.next().getInteger("code"), "subscribe before the ack");
        }
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            socket.init(null);
            assertEquals(4429, socket.nextNotPing().getInteger("code"), "a second connection_init");
        }
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            String process = process(unique("Twice"));
            socket.subscribe("same", TIMELINE, new JsonObject().put("p", process));
            socket.subscribe("same", TIMELINE, new JsonObject().put("p", process));
            assertEquals(4409, socket.nextNotPing().getInteger("code"), "an id already in use");
        }
        try (GraphQlSocket socket = GraphQlSocket.initialised(vertx, url, null)) {
            socket.send(new JsonObject().put("type", "hello"));
            assertEquals(4400, socket.nextNotPing().getInteger("code"), "an unknown message type");
        }
    }

    @Test
    void anotherSubprotocolIsClosedWith4406OrRefusedBeforeTheUpgrade() throws Exception {
        HttpClient client = vertx.createHttpClient();
        try {
            // the older protocol, and none at all: upgraded, then closed with a reason a client shows
            for (WebSocketConnectOptions options : List.of(
                    new WebSocketConnectOptions().setHost(url.getHost()).setPort(url.getPort()).setURI(url.getPath()).addSubProtocol("graphql-ws"),
                    new WebSocketConnectOptions().setHost(url.getHost()).setPort(url.getPort()).setURI(url.getPath()))) {
                var ws = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                java.util.concurrent.CompletableFuture<Short> code = new java.util.concurrent.CompletableFuture<>();
                try {
                    ws.closeHandler(v -> code.complete(ws.closeStatusCode()));
                } catch (IllegalStateException closedAlready) { // the server closes at once
                    code.complete(ws.closeStatusCode());
                }
                assertEquals((short) 4406, code.get(10, TimeUnit.SECONDS), options.getSubProtocols() + ": " + ws.closeReason());
                assertTrue(ws.closeReason().contains("graphql-transport-ws"), ws.closeReason());
            }
            // a subprotocol no one here speaks: no upgrade at all
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> client
                    .webSocket(new WebSocketConnectOptions().setHost(url.getHost()).setPort(url.getPort()).setURI(url.getPath())
                            .addSubProtocol("chat"))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof UpgradeRejectedException rejected && rejected.getStatus() == 400, refused::toString);
        } finally {
            client.close();
        }
    }
}
