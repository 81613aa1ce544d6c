package org.accord.http;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.accord.execution.CorrelationId;
import org.accord.execution.GraphQlErrors;
import org.accord.execution.HttpProblem;
import org.accord.execution.RequestDeadline;
import org.accord.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Subscriptions over the graphql-transport-ws protocol (the protocol of the graphql-ws library)
 * on {@code /graphql}, run with the rules of HTTP requests.
 *
 * <ul>
 * <li>The client sends {@code connection_init} within {@code accord.live.connection-init-timeout}
 *     (else 4408), with its token as {@code {"Authorization": "Bearer <token>"}}, which is what
 *     GraphiQL sends from its Headers tab. A token that fails verification is closed with 4401; so
 *     is a missing token, and a token without {@code reader} or {@code editor} is closed with 4403,
 *     when reads require the role {@code reader} (the graphql-ws client shows 4401 at once, and
 *     retries 4403). A connection lives no longer than its token: at its expiry it is closed with
 *     4403, and the client connects again with a fresh one.</li>
 * <li>Each {@code subscribe} passes {@link OperationChecks}, as an HTTP request does: persisted
 *     documents, parser limits, storable text, directives, the access policy and the operation
 *     limits. Only subscriptions run here; a query or mutation gets an {@code error} message that
 *     says to POST it. A refusal is an {@code error} message with the codes HTTP would give.</li>
 * <li>Each operation has a correlation id, in its errors and in the log lines of its work.</li>
 * <li>Limits, each a setting: subscriptions per connection and per instance (an {@code error}
 *     with LIMIT_EXCEEDED), message size (1009), and idle connections: the server pings every
 *     {@code ping-interval} and closes a connection silent for {@code idle-timeout} (1001).</li>
 * <li>A client that reads more slowly than items arrive (the socket's write queue is full) gets an
 *     {@code error} with LIMIT_EXCEEDED, and subscribes again after its last cursor.</li>
 * <li>When the server stops, it closes every connection with 1012 (service restart), which the
 *     client retries, resuming with its last cursor on another instance.</li>
 * </ul>
 */
final class GraphQlWebSocket {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final Logger LOG = Logger.getLogger(GraphQlWebSocket.class);
    private static final JsonProvider JSON = JsonProviderHolder.jsonProvider();

    /** The settings, all under {@code accord.live}. */
    record Settings(Duration connectionInitTimeout, Duration pingInterval, Duration idleTimeout, int maxMessageBytes,
            int maxSubscriptionsPerConnection, int maxSubscriptions, Duration requestTimeout) {
    }

    private final OperationChecks checks;
    private final boolean readsRequireReader;
    private final Settings settings;
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();

    GraphQlWebSocket(OperationChecks checks, boolean readsRequireReader, Settings settings) {
        this.checks = checks;
        this.readsRequireReader = readsRequireReader;
        this.settings = settings;
    }

    /** The older protocol of subscriptions-transport-ws, which some clients still offer. */
    static final String LEGACY_SUBPROTOCOL = "graphql-ws";

    /**
     * Whether this socket answers the upgrade: when it offers graphql-transport-ws, or the older
     * graphql-ws, or no subprotocol. The last two are upgraded and then closed with 4406 and a
     * reason, which a client shows; any other subprotocol cannot be agreed on, and is refused
     * before the upgrade.
     */
    static boolean answers(RoutingContext ctx) {
        List<String> offered = ctx.request().headers().getAll("Sec-WebSocket-Protocol").stream()
                .flatMap(line -> Arrays.stream(line.split(","))).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return offered.isEmpty() || offered.contains(SUBPROTOCOL) || offered.contains(LEGACY_SUBPROTOCOL);
    }

    void upgrade(RoutingContext ctx) {
        ctx.request().toWebSocket()
                .onSuccess(ws -> {
                    if (!SUBPROTOCOL.equals(ws.subProtocol())) {
                        ws.close((short) 4406, "Subprotocol not acceptable: Accord speaks " + SUBPROTOCOL + " (the graphql-ws library's)");
                        return;
                    }
                    new Connection(ctx.vertx(), ws).start();
                })
                .onFailure(e -> LOG.debugf("WebSocket upgrade failed: %s", e.toString()));
    }

    /** Closes every connection: the server is stopping, and clients should resume elsewhere. */
    void closeAll() {
        connections.forEach(c -> c.ws.close((short) 1012, "Service restart: reconnect and resume with your last cursor"));
    }

    /** One socket. Its handlers run on its event loop; operations run on worker threads. */
    private final class Connection {
        private final Vertx vertx;
        private final ServerWebSocket ws;
        private final Map<String, Operation> operations = new ConcurrentHashMap<>();
        private boolean initialising;
        private volatile boolean acknowledged;
        private volatile SecurityIdentity identity;
        private long initTimer;
        private long pingTimer;
        private long expiryTimer = -1;
        private volatile long lastHeard = System.nanoTime();

        Connection(Vertx vertx, ServerWebSocket ws) {
            this.vertx = vertx;
            this.ws = ws;
        }

        void start() {
            connections.add(this);
            initTimer = vertx.setTimer(settings.connectionInitTimeout().toMillis(), t -> {
                if (!acknowledged) {
                    ws.close((short) 4408, "Connection initialisation timeout");
                }
            });
            pingTimer = vertx.setPeriodic(settings.pingInterval().toMillis(), t -> {
                if (System.nanoTime() - lastHeard > settings.idleTimeout().toNanos()) {
                    ws.close((short) 1001, "Idle: no message or pong for " + settings.idleTimeout().toSeconds() + " s");
                } else {
                    send(message("ping"));
                }
            });
            ws.textMessageHandler(this::onText);
            ws.binaryMessageHandler(b -> ws.close((short) 4400, "Binary messages are not part of " + SUBPROTOCOL));
            ws.exceptionHandler(e -> {
                if (e.getMessage() != null && e.getMessage().contains("size")) { // Vert.x's frame aggregator
                    ws.close((short) 1009, "Message too big (accord.live.max-message-size)");
                } else {
                    LOG.debugf("WebSocket failed: %s", e.toString());
                }
            });
            ws.closeHandler(v -> {
                connections.remove(this);
                vertx.cancelTimer(initTimer);
                vertx.cancelTimer(pingTimer);
                vertx.cancelTimer(expiryTimer);
                operations.values().forEach(Operation::cancel);
                operations.clear();
            });
        }

        private void onText(String text) {
            lastHeard = System.nanoTime();
            if (tooBig(text)) {
                ws.close((short) 1009, "Message too big (accord.live.max-message-size)");
                return;
            }
            JsonObject message;
            String type;
            try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                message = reader.readObject();
                type = message.getString("type");
            } catch (RuntimeException e) {
                ws.close((short) 4400, "Invalid message: a JSON object with a \"type\" is expected");
                return;
            }
            switch (type) {
                case "connection_init" -> init(message);
                case "ping" -> send(message("pong"));
                case "pong" -> { }
                case "subscribe" -> subscribe(message);
                case "complete" -> {
                    Operation operation = message.get("id") instanceof JsonString id ? operations.remove(id.getString()) : null;
                    if (operation != null) {
                        operation.cancel();
                    }
                }
                default -> ws.close((short) 4400, "Invalid message type '" + type + "'");
            }
        }

        private void init(JsonObject message) {
            if (initialising) {
                ws.close((short) 4429, "Too many initialisation requests");
                return;
            }
            initialising = true;
            String authorization = authorization(message);
            if (authorization == null) {
                if (readsRequireReader) {
                    ws.close((short) 4401, "Unauthorized: send {\"Authorization\": \"Bearer <token>\"} in connection_init");
                } else {
                    acknowledge(null);
                }
                return;
            }
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() == 7) {
                ws.close((short) 4401, "Unauthorized: the Authorization value must be \"Bearer <token>\"");
                return;
            }
            IdentityProviderManager identities = Arc.container().instance(IdentityProviderManager.class).get();
            // the request Quarkus' bearer-token mechanism makes, so the token is verified by the same rules
            identities.authenticate(new TokenAuthenticationRequest(new JsonWebTokenCredential(authorization.substring(7).trim())))
                    .subscribe().with(
                            verified -> vertx.runOnContext(v -> {
                                if (readsRequireReader && !verified.hasRole(Roles.READER) && !verified.hasRole(Roles.EDITOR)) {
                                    ws.close((short) 4403, "Forbidden: the token lacks the role '" + Roles.READER + "'");
                                } else {
                                    acknowledge(verified);
                                }
                            }),
                            refused -> vertx.runOnContext(v -> {
                                LOG.debugf(refused, "Bearer token refused in connection_init");
                                ws.close((short) 4401, "Unauthorized: the token is malformed, expired, or not signed by a trusted key");
                            }));
        }

        private void acknowledge(SecurityIdentity verified) {
            identity = verified;
            acknowledged = true;
            vertx.cancelTimer(initTimer);
            if (verified != null && verified.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
                // the connection lives no longer than its token; the client reconnects with a fresh one
                long left = Math.max(1, token.getExpirationTime() * 1000 - System.currentTimeMillis());
                expiryTimer = vertx.setTimer(left, t -> ws.close((short) 4403, "Forbidden: the token expired; connect again with a fresh one"));
            }
            send(message("connection_ack"));
        }

        private void subscribe(JsonObject message) {
            if (!acknowledged) {
                ws.close((short) 4401, "Unauthorized: subscribe before connection_ack");
                return;
            }
            String id;
            JsonObject payload;
            try {
                id = message.getString("id");
                payload = message.getJsonObject("payload");
            } catch (RuntimeException e) {
                ws.close((short) 4400, "Invalid subscribe message: it needs an \"id\" and a \"payload\" object");
                return;
            }
            Operation operation = new Operation(id);
            if (operations.putIfAbsent(id, operation) != null) {
                ws.close((short) 4409, "Subscriber for " + id + " already exists");
                return;
            }
            // a worker on a new duplicated context, as an HTTP request gets (RequestDeadline, MDC)
            VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext())
                    .executeBlocking(() -> {
                        operation.start(payload);
                        return null;
                    }, false)
                    .onFailure(e -> {
                        LOG.errorf(e, "Subscription failed (correlation id %s)", operation.correlationId);
                        operation.error(List.of(GraphQlErrors.requestError(GraphQlErrors.INTERNAL_MESSAGE, GraphQlErrors.INTERNAL)));
                    });
        }

        private void send(JsonObject message) {
            if (!ws.isClosed()) {
                ws.writeTextMessage(message.toString());
            }
        }

        /** One subscribe, and its stream once it runs. */
        private final class Operation implements Subscriber<ExecutionResult> {
            private final String id;
            private final String correlationId = UUID.randomUUID().toString();
            private final AtomicReference<Subscription> subscription = new AtomicReference<>();
            private volatile boolean cancelled;
            private boolean counted;

            Operation(String id) {
                this.id = id;
            }

            /** On a worker thread: checks the operation, then runs its root field. */
            void start(JsonObject payload) {
                MDC.put(CorrelationId.MDC_KEY, correlationId);
                try {
                    RequestDeadline.start(settings.requestTimeout());
                    OperationChecks.Checked checked = checks.check(GraphQlRequest.fromJson(payload), identity, GraphQlWebSocket::subscriptionOnly);
                    if (operations.size() > settings.maxSubscriptionsPerConnection()) {
                        error(List.of(GraphQlErrors.limitExceeded("This connection has " + settings.maxSubscriptionsPerConnection()
                                + " subscriptions, the most it may have (accord.live.max-subscriptions-per-connection)")));
                        return;
                    }
                    if (!countIn()) {
                        if (!cancelled) {
                            error(List.of(GraphQlErrors.limitExceeded("This server runs " + settings.maxSubscriptions()
                                    + " subscriptions, the most it may (accord.live.max-subscriptions); try another instance or later")));
                        }
                        return;
                    }
                    execute(checked);
                } catch (OperationChecks.Refused refused) {
                    error(refused.problem == null ? refused.errors
                            : List.of(GraphQlErrors.requestError(refused.problem.getMessage(), refused.problem.code)));
                } catch (HttpProblem problem) { // a malformed payload
                    error(List.of(GraphQlErrors.requestError(problem.getMessage(), problem.code)));
                } finally {
                    MDC.remove(CorrelationId.MDC_KEY);
                }
            }

            private void execute(OperationChecks.Checked checked) {
                ManagedContext requestContext = Arc.container().requestContext();
                requestContext.activate();
                CompletableFuture<Publisher<ExecutionResult>> stream = new CompletableFuture<>();
                try {
                    Map<String, Object> context = new HashMap<>();
                    context.put("runBlocking", Boolean.TRUE); // Quarkus' data fetchers unbox it
                    context.put("httpHeaders", Map.of());
                    context.put("state", requestContext.getState()); // each item gets its own (live.LiveStream)
                    context.put("KEEP_SUBSCRIPTION_EVENTS_ORDERED", Boolean.TRUE);
                    executionService().executeAsync(checked.request().toJson(), context, new ExecutionResponseWriter() {
                        @Override
                        public void write(ExecutionResponse response) {
                            ExecutionResult result = response.getExecutionResult();
                            if (result.isDataPresent() && result.getData() instanceof Publisher<?> publisher) {
                                @SuppressWarnings("unchecked")
                                Publisher<ExecutionResult> items = (Publisher<ExecutionResult>) publisher;
                                stream.complete(items);
                            } else { // refused by validation, or by the subscription's field (NOT_FOUND, a bad cursor)
                                stream.complete(null);
                                error(GraphQlErrors.map(result.getErrors()));
                            }
                        }

                        @Override
                        public void fail(Throwable t) {
                            LOG.errorf(t, "Subscription failed (correlation id %s)", correlationId);
                            stream.complete(null);
                            error(List.of(GraphQlErrors.requestError(GraphQlErrors.INTERNAL_MESSAGE, GraphQlErrors.INTERNAL)));
                        }
                    });
                } finally {
                    // the root field ran in this context; each item gets its own
                    requestContext.terminate();
                }
                stream.thenAccept(items -> {
                    if (items != null && !cancelled) {
                        items.subscribe(this);
                    }
                });
            }

            void cancel() {
                cancelled = true;
                release();
                Subscription s = subscription.getAndSet(null);
                if (s != null) {
                    s.cancel();
                }
            }

            /** Ends the operation with errors, unless it ended already. */
            void error(List<GraphQLError> errors) {
                if (operations.remove(id, this)) {
                    release();
                    send(JSON.createObjectBuilder().add("type", "error").add("id", id)
                            .add("payload", GraphQlHttpHandler.toJson(errors, correlationId)).build());
                }
            }

            /**
             * Counts this operation among the instance's subscriptions, unless the instance has
             * its most or the operation was cancelled meanwhile (the client completed it, or the
             * socket closed): the same lock as {@link #release}, so a cancel never misses the count.
             */
            private synchronized boolean countIn() {
                if (cancelled) {
                    return false;
                }
                if (subscriptions.incrementAndGet() > settings.maxSubscriptions()) {
                    subscriptions.decrementAndGet();
                    return false;
                }
                counted = true;
                return true;
            }

            private synchronized void release() {
                if (counted) {
                    counted = false;
                    subscriptions.decrementAndGet();
                }
            }

            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                if (cancelled) {
                    s.cancel();
                    return;
                }
                s.request(1);
            }

            @Override
            public void onNext(ExecutionResult result) {
                // on the thread that executed the item (the subscription's worker)
                if (cancelled) {
                    return;
                }
                List<GraphQLError> errors = GraphQlErrors.map(result.getErrors());
                JsonObject full = new ExecutionResponse(result).getExecutionResultAsJsonObject();
                var payload = JSON.createObjectBuilder();
                full.forEach((key, value) -> {
                    if (!key.equals("errors")) {
                        payload.add(key, value);
                    }
                });
                if (!errors.isEmpty()) {
                    payload.add("errors", GraphQlHttpHandler.toJson(errors, correlationId));
                }
                send(JSON.createObjectBuilder().add("type", "next").add("id", id).add("payload", payload).build());
                if (ws.writeQueueFull()) {
                    // The client reads more slowly than items come. Holding items back would keep
                    // executed results (or executions, on the wrong thread) waiting; the client
                    // resubscribes after its last cursor instead, and misses nothing.
                    error(List.of(GraphQlErrors.limitExceeded("This client reads more slowly than items arrive: subscribe again"
                            + " with `after` set to the last cursor received")));
                    cancel();
                    return;
                }
                Subscription s = subscription.get();
                if (s != null) {
                    s.request(1); // within this item's delivery, so the next one finds demand
                }
            }

            @Override
            public void onError(Throwable t) {
                LOG.errorf(t, "The stream of a subscription failed (correlation id %s)", correlationId);
                error(List.of(GraphQlErrors.requestError(GraphQlErrors.INTERNAL_MESSAGE, GraphQlErrors.INTERNAL)));
            }

            @Override
            public void onComplete() {
                if (operations.remove(id, this)) {
                    release();
                    send(JSON.createObjectBuilder().add("type", "complete").add("id", id).build());
                }
            }
        }
    }

    /**
     * Whether the message's UTF-8 size exceeds the limit. A character takes one to three bytes
     * (a surrogate pair four, for two characters), so the length bounds the size on both sides, and
     * the bytes are counted only between the bounds.
     */
    private boolean tooBig(String text) {
        long max = settings.maxMessageBytes();
        if (text.length() > max) {
            return true;
        }
        return text.length() * 3L > max && text.getBytes(StandardCharsets.UTF_8).length > max;
    }

    /** Over the socket only subscriptions run; queries and mutations are served over HTTP. */
    private static void subscriptionOnly(OperationDefinition operation) {
        if (operation != null && operation.getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            throw HttpProblem.badRequest("Queries and mutations are served over HTTP: POST them to /graphql; this socket runs subscriptions");
        }
    }

    /** The Authorization value of a connection_init payload (its key in any case), or null. */
    private static String authorization(JsonObject message) {
        if (!(message.get("payload") instanceof JsonObject payload)) {
            return null;
        }
        for (Map.Entry<String, JsonValue> entry : payload.entrySet()) {
            if (entry.getKey().equalsIgnoreCase("Authorization") && entry.getValue() instanceof JsonString value) {
                return value.getString();
            }
        }
        return null;
    }

    private static JsonObject message(String type) {
        return JSON.createObjectBuilder().add("type", type).build();
    }

    private static ExecutionService executionService() {
        return Arc.container().instance(ExecutionService.class).get();
    }
}
