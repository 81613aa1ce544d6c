package org.accord.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws connection to the server under test, on a real WebSocket: what it
 * receives is queued, and a close is queued as {@code {"type": "closed", "code", "reason"}}.
 */
public final class GraphQlSocket implements AutoCloseable {

    public static final String SUBPROTOCOL = "graphql-transport-ws";

    private final HttpClient client;
    private final WebSocket ws;
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();

    private GraphQlSocket(HttpClient client, WebSocket ws) {
        this.client = client;
        this.ws = ws;
        ws.textMessageHandler(text -> messages.add(new JsonObject(text)));
        ws.closeHandler(v -> messages.add(new JsonObject().put("type", "closed").put("code", (int) ws.closeStatusCode())
                .put("reason", ws.closeReason())));
    }

    /** Opens a socket to {@code url} (the server's /graphql) with graphql-transport-ws. */
    public static GraphQlSocket open(Vertx vertx, URL url) throws Exception {
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(url.getHost()).setPort(url.getPort())
                .setURI(url.getPath()).addSubProtocol(SUBPROTOCOL);
        WebSocket ws = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(SUBPROTOCOL, ws.subProtocol());
        return new GraphQlSocket(client, ws);
    }

    /** Opens a socket and initialises it with {@code authorization} ("Bearer ...", or null for none); asserts the ack. */
    public static GraphQlSocket initialised(Vertx vertx, URL url, String authorization) throws Exception {
        GraphQlSocket socket = open(vertx, url);
        socket.init(authorization);
        JsonObject ack = socket.next();
        assertEquals("connection_ack", ack.getString("type"), ack::encodePrettily);
        return socket;
    }

    public void init(String authorization) {
        send(new JsonObject().put("type", "connection_init")
                .put("payload", authorization == null ? new JsonObject() : new JsonObject().put("Authorization", authorization)));
    }

    public void subscribe(String id, String query, JsonObject variables) {
        send(new JsonObject().put("type", "subscribe").put("id", id)
                .put("payload", new JsonObject().put("query", query).put("variables", variables == null ? new JsonObject() : variables)));
    }

    public void send(JsonObject message) {
        ws.writeTextMessage(message.encode());
    }

    /** The next message; fails after 15 s. */
    public JsonObject next() throws InterruptedException {
        JsonObject m = messages.poll(15, TimeUnit.SECONDS);
        assertNotNull(m, "no message within 15 s");
        return m;
    }

    /** The next message other than a server ping (answered). */
    public JsonObject nextNotPing() throws InterruptedException {
        JsonObject m = next();
        while ("ping".equals(m.getString("type"))) {
            send(new JsonObject().put("type", "pong"));
            m = next();
        }
        return m;
    }

    /** A message within {@code millis}, or null. */
    public JsonObject poll(long millis) throws InterruptedException {
        return messages.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!ws.isClosed()) {
            ws.close();
        }
        client.close();
    }
}
