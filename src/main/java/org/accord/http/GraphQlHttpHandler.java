package org.accord.http;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Objects;
import java.util.Map;
import java.time.Duration;
import java.util.List;
import org.accord.execution.AccessPolicy;
import org.accord.execution.CorrelationId;
import org.accord.execution.GraphQlErrors;
import org.accord.execution.HttpProblem;
import org.accord.execution.OperationLimits;
import org.accord.execution.PublishedSchema;
import org.accord.execution.RequestDeadline;
import org.accord.execution.StorableText;
import org.accord.graphql.DatabaseUnavailable;
import org.accord.persisted.PersistedDocuments;
import org.jboss.logging.Logger;

/**
 * Serves {@code GET} and {@code POST /graphql} by the GraphQL-over-HTTP specification. It takes
 * over from SmallRye GraphQL's own handler, whose request plumbing it inherits (request context,
 * security identity, the metadata data fetchers expect), and hands each well-formed request to
 * SmallRye's ExecutionService.
 *
 * <ol>
 * <li>{@link GraphQlEndpoint#precheck} has already answered 405, 406 and 415 on the event loop.</li>
 * <li>The request parameters are read ({@link GraphQlRequest}): a malformed one is a 400.</li>
 * <li>A persisted document id or hash is resolved to its document ({@link PersistedDocuments}); one
 *     that names nothing is a request error the client can act on.</li>
 * <li>The document is parsed with the configured parser limits: a syntax error or an exceeded
 *     limit is a GraphQL request error; the operation it selects decides whether a GET is allowed
 *     (only queries are: a mutation over GET is a 405 with {@code Allow: POST}). Text that cannot be
 *     stored ({@link StorableText}) and a directive Accord does not honour ({@link PublishedSchema})
 *     are request errors.</li>
 * <li>{@link AccessPolicy} refuses a mutation without an editor's token (401, 403), and a query
 *     without a reader's token when reads require one.</li>
 * <li>The operation is measured ({@link OperationLimits}: root fields, aliases, cost): one over a
 *     limit is a request error, and nothing runs.</li>
 * <li>SmallRye executes it against the request timeout ({@link RequestDeadline}); a query that was
 *     stopped for running out of time is answered with that one error. {@link GraphQlErrors#map} gives every error its
 *     code, and the status is chosen by the negotiated media type.</li>
 * </ol>
 *
 * Every error of every response carries {@code extensions.correlationId} ({@link CorrelationId}).
 *
 * Status of a well-formed request: with {@code application/graphql-response+json}, 200 when the
 * response has {@code data} (even null: a partial response), else 400 (500 if a server fault caused
 * it); with {@code application/json}, always 200, as the specification asks for legacy clients.
 * One exception: with {@code application/graphql-response+json}, a response without data because
 * the database is unavailable is a 503 with {@code Retry-After}.
 */
final class GraphQlHttpHandler extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(GraphQlHttpHandler.class);
    private static final JsonProvider JSON = JsonProviderHolder.jsonProvider();
    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private final OperationChecks checks;
    private final Duration requestTimeout;
    private final PersistedDocuments persisted;

    GraphQlHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest, OperationChecks checks,
            Duration requestTimeout, PersistedDocuments persisted) {
        super(identity, currentRequest, true); // Accord's resolvers block: they run on this worker thread
        this.checks = checks;
        this.requestTimeout = requestTimeout;
        this.persisted = persisted;
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        String mediaType = ctx.get(GraphQlEndpoint.MEDIA_TYPE);
        try {
            RequestDeadline.start(requestTimeout);
            boolean get = ctx.request().method() == HttpMethod.GET;
            GraphQlRequest request = get
                    ? GraphQlRequest.fromQueryParameters(ctx.queryParams())
                    : GraphQlRequest.fromJsonBody(ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes());
            String hash = request.persistedQueryHash();
            String sentQuery = request.query();
            OperationChecks.Checked checked;
            try {
                checked = checks.check(request, AccessPolicy.identity(ctx), operation -> {
                    if (get && !isQuery(operation)) {
                        throw new HttpProblem(405, GraphQlErrors.BAD_USER_INPUT,
                                "Only queries may be sent with GET; send mutations with POST", "POST");
                    }
                });
            } catch (OperationChecks.Refused refused) {
                if (refused.problem != null) {
                    respondWithProblem(ctx, mediaType, refused.problem);
                    return;
                }
                if (refused.persistedMiss) {
                    // a miss is answered at once, and must never be cached: the client registers next
                    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                }
                respondWithErrors(ctx, mediaType, refused.errors);
                return;
            }
            Runnable registers = hash == null || sentQuery == null ? null : () -> register(sentQuery, hash);
            getExecutionService().executeAsync(checked.request().toJson(), getMetaData(ctx),
                    new Writer(ctx, mediaType, isQuery(checked.operation()), registers));
        } catch (HttpProblem problem) {
            respondWithProblem(ctx, mediaType, problem);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) { // looking up a persisted query: as an unavailable field is answered
                LOG.warnf("The database is unavailable (correlation id %s): %s", CorrelationId.of(ctx), e.toString());
                respondWithErrors(ctx, mediaType, List.of(
                        GraphQlErrors.requestError(GraphQlErrors.UNAVAILABLE_MESSAGE, GraphQlErrors.SERVICE_UNAVAILABLE)));
                return;
            }
            LOG.errorf(e, "GraphQL request failed (correlation id %s)", CorrelationId.of(ctx));
            respondWithProblem(ctx, mediaType, new HttpProblem(500, GraphQlErrors.INTERNAL, GraphQlErrors.INTERNAL_MESSAGE, null));
        }
    }

    /** Keeps a query its client registered; a failure to keep it costs only the next request's round trip. */
    private void register(String query, String hash) {
        if (RequestDeadline.passed()) {
            return; // a request out of time writes nothing more; its client registers on a later one
        }
        try {
            persisted.registered(query, hash);
        } catch (RuntimeException e) {
            LOG.warnf("A persisted query could not be registered (correlation id %s): %s", CorrelationId.current(), e.toString());
        }
    }

    /** A query, or no operation the document names (execution reports that, as for a query). */
    private static boolean isQuery(OperationDefinition operation) {
        return operation == null || operation.getOperation() == OperationDefinition.Operation.QUERY;
    }

    /** Writes SmallRye's result with mapped errors and the status its media type calls for. */
    private static final class Writer implements ExecutionResponseWriter {
        private final RoutingContext ctx;
        private final String mediaType;
        private final boolean query;
        /** What to do once the operation produced data (so it passed validation), or null. */
        private final Runnable onData;

        Writer(RoutingContext ctx, String mediaType, boolean query, Runnable onData) {
            this.ctx = ctx;
            this.mediaType = mediaType;
            this.query = query;
            this.onData = onData;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (onData != null && result.isDataPresent()) {
                onData.run();
            }
            if (query && !result.getErrors().isEmpty() && RequestDeadline.passed()) {
                // it was stopped: whatever data it has is partial by chance, so answer with the one reason
                respondWithErrors(ctx, mediaType, List.of(GraphQlErrors.limitExceeded(RequestDeadline.message())));
                return;
            }
            if (result.getErrors().isEmpty()) {
                Buffer direct = ResultJson.dataOnly(result);
                send(ctx, mediaType, 200, direct != null ? direct : Buffer.buffer(response.getExecutionResultAsString(), "UTF-8"));
                return;
            }
            List<GraphQLError> errors = GraphQlErrors.map(result.getErrors());
            JsonObject full = response.getExecutionResultAsJsonObject();
            JsonObjectBuilder body = JSON.createObjectBuilder();
            if (!errors.isEmpty()) {
                body.add("errors", toJson(ctx, errors));
            }
            full.forEach((key, value) -> {
                if (!key.equals("errors")) {
                    body.add(key, value);
                }
            });
            int status = unavailableOr(ctx, mediaType, allNull(result.getData()), errors, status(mediaType, result.isDataPresent(), errors));
            send(ctx, mediaType, status, body.build().toString());
        }

        @Override
        public void fail(Throwable t) {
            LOG.errorf(t, "GraphQL execution failed (correlation id %s)", CorrelationId.of(ctx));
            respondWithProblem(ctx, mediaType, new HttpProblem(500, GraphQlErrors.INTERNAL, GraphQlErrors.INTERNAL_MESSAGE, null));
        }
    }

    /**
     * Whether nothing was answered: no data, or every top-level field null, as when a document's only
     * mutation failed (mutation payloads are nullable, so that a failed one among several is null
     * beside those that committed).
     */
    private static boolean allNull(Object data) {
        return data == null || data instanceof Map<?, ?> fields && fields.values().stream().allMatch(Objects::isNull);
    }

    /** A request error found before execution: a response with errors and no data. */
    private static void respondWithErrors(RoutingContext ctx, String mediaType, List<GraphQLError> errors) {
        JsonObject body = JSON.createObjectBuilder().add("errors", toJson(ctx, errors)).build();
        send(ctx, mediaType, unavailableOr(ctx, mediaType, true, errors, status(mediaType, false, errors)), body.toString());
    }

    /**
     * 503 with Retry-After when nothing was answered because the database is down, else
     * {@code status}: 503 tells load balancers and clients' retry logic what a 200 with null data
     * would hide. (A deviation from the spec's SHOULD, for application/graphql-response+json only;
     * application/json stays 200, as the spec asks.)
     */
    private static int unavailableOr(RoutingContext ctx, String mediaType, boolean nothingAnswered, List<GraphQLError> errors,
            int status) {
        if (nothingAnswered && MediaTypes.GRAPHQL_RESPONSE_JSON.equals(mediaType) && GraphQlErrors.anyUnavailable(errors)) {
            ctx.response().putHeader("Retry-After", "5");
            return 503;
        }
        return status;
    }

    /**
     * 200 for a response with data (a partial response) and for every response in
     * application/json; otherwise, for application/graphql-response+json, 400 for a request error
     * or 500 when a server fault left no data.
     */
    private static int status(String mediaType, boolean dataPresent, List<GraphQLError> errors) {
        if (dataPresent || !MediaTypes.GRAPHQL_RESPONSE_JSON.equals(mediaType)) {
            return 200;
        }
        return GraphQlErrors.anyInternal(errors) ? 500 : 400;
    }

    static void respondWithProblem(RoutingContext ctx, String mediaType, HttpProblem problem) {
        problem.headers.forEach(ctx.response()::putHeader);
        JsonObject body = JSON.createObjectBuilder()
                .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder(
                        GraphQlErrors.httpError(problem.getMessage(), problem.code, CorrelationId.of(ctx)))))
                .build();
        send(ctx, mediaType == null ? MediaTypes.JSON : mediaType, problem.status, body.toString());
    }

    /**
     * Serialised as SmallRye serialises errors (JSON-B), so any extension value a producer adds
     * works; each error's extensions get the request's correlation id.
     */
    private static JsonArray toJson(RoutingContext ctx, List<GraphQLError> errors) {
        return toJson(errors, CorrelationId.of(ctx));
    }

    /** {@code errors} as JSON, each with the correlation id {@code id}. */
    static JsonArray toJson(List<GraphQLError> errors, String id) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (JsonValue value : ERRORS.toJsonErrors(errors)) {
            JsonObject error = value.asJsonObject();
            JsonObject extensions = error.containsKey("extensions") ? error.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
            out.add(JSON.createObjectBuilder(error).add("extensions",
                    JSON.createObjectBuilder(extensions).add(GraphQlErrors.CORRELATION_ID, id)));
        }
        return out.build();
    }

    private static void send(RoutingContext ctx, String mediaType, int status, String body) {
        send(ctx, mediaType, status, Buffer.buffer(body, "UTF-8"));
    }

    private static void send(RoutingContext ctx, String mediaType, int status, Buffer body) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .end(body);
    }
}
