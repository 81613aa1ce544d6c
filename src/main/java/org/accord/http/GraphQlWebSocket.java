package org.accord.http;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jsonp.JsonProviderHolder;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * SPIKE (issue 18): GraphQL subscriptions over the graphql-transport-ws protocol, on Accord's own
 * WebSocket handler, executed by SmallRye's ExecutionService.
 *
 * <p>Not done yet, and needed before this is served: AccessPolicy (a token from connection_init),
 * OperationLimits, StorableText, persisted/trusted documents, correlation ids, GraphQlErrors codes,
 * the request deadline, message size, keep-alive pings and idle close, limits on connections and
 * subscriptions, slow-consumer handling (writeQueueFull), shutdown close codes.
 */
final class GraphQlWebSocket {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final long INIT_TIMEOUT_MILLIS = 3000;
    private static final Logger LOG = Logger.getLogger(GraphQlWebSocket.class);
    private static final JsonProvider JSON = JsonProviderHolder.jsonProvider();

    private GraphQlWebSocket() {
    }

    /** Whether the upgrade request offers graphql-transport-ws. */
    static boolean offered(RoutingContext ctx) {
        List<String> lines = ctx.request().headers().getAll("Sec-WebSocket-Protocol");
        return lines.stream().flatMap(line -> Arrays.stream(line.split(","))).map(String::trim).anyMatch(SUBPROTOCOL::equals);
    }

    static void upgrade(RoutingContext ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        ctx.request().headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        ctx.request().toWebSocket()
                .onSuccess(ws -> {
                    if (!SUBPROTOCOL.equals(ws.subProtocol())) {
                        ws.close((short) 4406, "Subprotocol not acceptable: use " + SUBPROTOCOL);
                        return;
                    }
                    new Connection(ctx.vertx(), ws, headers).start();
                })
                .onFailure(e -> LOG.debugf("WebSocket upgrade failed: %s", e.toString()));
    }

    /** One socket. Its handlers run on its event loop; operations run on worker threads. */
    private static final class Connection {
        private final Vertx vertx;
        private final ServerWebSocket ws;
        private final Map<String, List<String>> headers;
        private final Map<String, Operation> operations = new ConcurrentHashMap<>();
        private boolean initialised;
        private long initTimer;

        Connection(Vertx vertx, ServerWebSocket ws, Map<String, List<String>> headers) {
            this.vertx = vertx;
            this.ws = ws;
            this.headers = headers;
        }

        void start() {
            initTimer = vertx.setTimer(INIT_TIMEOUT_MILLIS, t -> {
                if (!initialised) {
                    ws.close((short) 4408, "Connection initialisation timeout");
                }
            });
            ws.textMessageHandler(this::onText);
            ws.binaryMessageHandler(b -> ws.close((short) 4400, "Binary messages are not part of " + SUBPROTOCOL));
            ws.exceptionHandler(e -> LOG.debugf("WebSocket failed: %s", e.toString()));
            ws.closeHandler(v -> {
                vertx.cancelTimer(initTimer);
                operations.values().forEach(Operation::cancel);
                operations.clear();
            });
        }

        private void onText(String text) {
            JsonObject message;
            String type;
            try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                message = reader.readObject();
                type = message.getString("type");
            } catch (RuntimeException e) {
                ws.close((short) 4400, "Invalid message");
                return;
            }
            switch (type) {
                case "connection_init" -> {
                    if (initialised) {
                        ws.close((short) 4429, "Too many initialisation requests");
                        return;
                    }
                    initialised = true;
                    vertx.cancelTimer(initTimer);
                    send(JSON.createObjectBuilder().add("type", "connection_ack").build());
                }
                case "ping" -> send(JSON.createObjectBuilder().add("type", "pong").build());
                case "pong" -> { }
                case "subscribe" -> subscribe(message);
                case "complete" -> {
                    Operation operation = message.get("id") instanceof jakarta.json.JsonString id ? operations.remove(id.getString()) : null;
                    if (operation != null) {
                        operation.cancel();
                    }
                }
                default -> ws.close((short) 4400, "Invalid message type");
            }
        }

        private void subscribe(JsonObject message) {
            if (!initialised) {
                ws.close((short) 4401, "Unauthorized");
                return;
            }
            String id;
            JsonObject payload;
            try {
                id = message.getString("id");
                payload = message.getJsonObject("payload");
                payload.getString("query");
            } catch (RuntimeException e) {
                ws.close((short) 4400, "Invalid subscribe message");
                return;
            }
            Operation operation = new Operation(id);
            if (operations.putIfAbsent(id, operation) != null) {
                ws.close((short) 4409, "Subscriber for " + id + " already exists");
                return;
            }
            // A worker on a new duplicated context, as an HTTP request gets (RequestDeadline, MDC)
            VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext())
                    .executeBlocking(() -> {
                        operation.execute(payload);
                        return null;
                    }, false)
                    .onFailure(e -> {
                        LOG.errorf(e, "Subscription %s failed", id);
                        operation.error(List.of(errorJson("Internal server error")));
                    });
        }

        private void send(JsonObject message) {
            ws.writeTextMessage(message.toString());
        }

        /** One subscribe, and its stream once it runs. */
        private final class Operation implements Subscriber<ExecutionResult> {
            private final String id;
            private final AtomicReference<Subscription> subscription = new AtomicReference<>();
            private volatile boolean cancelled;

            Operation(String id) {
                this.id = id;
            }

            /** On a worker thread. */
            void execute(JsonObject payload) {
                // Queries and mutations are served over HTTP, past AccessPolicy and the limits.
                String refused = refusal(payload);
                if (refused != null) {
                    error(List.of(errorJson(refused)));
                    return;
                }
                ManagedContext requestContext = Arc.container().requestContext();
                requestContext.activate();
                CompletableFuture<Publisher<ExecutionResult>> stream = new CompletableFuture<>();
                try {
                    Map<String, Object> context = new HashMap<>();
                    context.put("runBlocking", Boolean.TRUE); // QuarkusDefaultDataFetcher unboxes it
                    context.put("httpHeaders", headers);
                    context.put("state", requestContext.getState()); // replaced by the subscription for each event
                    context.put("KEEP_SUBSCRIPTION_EVENTS_ORDERED", Boolean.TRUE);
                    executionService().executeAsync(payload, context, new ExecutionResponseWriter() {
                        @Override
                        public void write(ExecutionResponse response) {
                            ExecutionResult result = response.getExecutionResult();
                            Object data = result.isDataPresent() ? result.getData() : null;
                            if (data instanceof Publisher<?> publisher) {
                                @SuppressWarnings("unchecked")
                                Publisher<ExecutionResult> events = (Publisher<ExecutionResult>) publisher;
                                stream.complete(events);
                            } else {
                                // validation errors, or the subscription field failed (e.g. NOT_FOUND)
                                stream.complete(null);
                                error(errors(response));
                            }
                        }

                        @Override
                        public void fail(Throwable t) {
                            LOG.errorf(t, "Subscription %s failed", id);
                            stream.complete(null);
                            error(List.of(errorJson("Internal server error")));
                        }
                    });
                } finally {
                    // the subscribe-time context is done with (the root field ran in it); each event gets its own
                    requestContext.terminate();
                }
                // Subscribe with no request context active: nothing the stream's callbacks capture
                // from this thread outlives this call.
                stream.thenAccept(events -> {
                    if (events != null && !cancelled) {
                        events.subscribe(this);
                    }
                });
            }

            void cancel() {
                cancelled = true;
                Subscription s = subscription.getAndSet(null);
                if (s != null) {
                    s.cancel();
                }
            }

            void error(List<JsonValue> errors) {
                if (operations.remove(id, this)) {
                    send(JSON.createObjectBuilder().add("type", "error").add("id", id)
                            .add("payload", JSON.createArrayBuilder(errors)).build());
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
                // On the thread that executed the event (the subscription's worker).
                if (cancelled) {
                    return;
                }
                JsonObject payload = new ExecutionResponse(result).getExecutionResultAsJsonObject();
                send(JSON.createObjectBuilder().add("type", "next").add("id", id).add("payload", payload).build());
                Subscription s = subscription.get();
                if (s != null) {
                    s.request(1); // SPIKE: no check of ws.writeQueueFull()
                }
            }

            @Override
            public void onError(Throwable t) {
                LOG.errorf(t, "The stream of subscription %s failed", id);
                error(List.of(errorJson("Internal server error")));
            }

            @Override
            public void onComplete() {
                if (operations.remove(id, this)) {
                    send(JSON.createObjectBuilder().add("type", "complete").add("id", id).build());
                }
            }
        }
    }

    /** Why this payload is not run over the socket, or null. */
    private static String refusal(JsonObject payload) {
        Document document;
        try {
            document = Parser.parse(payload.getString("query"));
        } catch (RuntimeException e) {
            return null; // execution reports the syntax error
        }
        String operationName = payload.get("operationName") instanceof jakarta.json.JsonString name ? name.getString() : null;
        try {
            OperationDefinition operation = NodeUtil.getOperation(document, operationName).operationDefinition;
            return operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION ? null
                    : "Queries and mutations are served over HTTP POST /graphql; this socket runs subscriptions";
        } catch (RuntimeException unknownOperation) {
            return null; // execution reports it
        }
    }

    private static List<JsonValue> errors(ExecutionResponse response) {
        JsonObject json = response.getExecutionResultAsJsonObject();
        return json.containsKey("errors") ? List.copyOf(json.getJsonArray("errors")) : List.of(errorJson("Subscription failed"));
    }

    private static JsonValue errorJson(String message) {
        return JSON.createObjectBuilder().add("message", message).build();
    }

    private static ExecutionService executionService() {
        return Arc.container().instance(ExecutionService.class).get();
    }
}
