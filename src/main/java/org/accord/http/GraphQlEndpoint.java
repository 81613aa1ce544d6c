package org.accord.http;

import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.accord.execution.AccessPolicy;
import org.accord.execution.CorrelationId;
import org.accord.execution.GraphQlErrors;
import org.accord.execution.HttpProblem;
import org.accord.execution.OperationLimits;
import org.accord.execution.PublishedSchema;
import org.accord.graphql.Limits;
import org.accord.persisted.PersistedDocuments;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Installs the GraphQL-over-HTTP route on {@code /graphql}, ahead of SmallRye GraphQL's own, which
 * no longer receives GET, POST or OPTIONS, and the subscriptions' WebSocket route
 * ({@link GraphQlWebSocket}), ahead of SmallRye's, which would run operations past the access policy
 * and the limits: no request reaches SmallRye's routes.
 *
 * <p>Why a route of our own rather than filters around SmallRye's handler: SmallRye GraphQL 2.17
 * answers every request error with 200, writes {@code application/graphql-response+json} for
 * {@code *}{@code /*} and for no Accept header, accepts any Content-Type, and its GET handling passes the
 * query text as the operation name and URL-decodes parameters twice. Its execution service and
 * request plumbing are reused ({@link GraphQlHttpHandler} extends its handler base class).
 *
 * <p>Route order -1: after CORS and authentication/authorization (negative orders from their
 * priorities) and after the request size check, before SmallRye's route. A first route on the same
 * path, ordered before Quarkus's own request size check (which would answer 413 with an empty
 * body), gives the request its {@link CorrelationId} and refuses a declared Content-Length over
 * {@code quarkus.http.limits.max-body-size} with a GraphQL response; a chunked body is counted as
 * it is read, and refused by the body handler.
 */
@ApplicationScoped
public class GraphQlEndpoint {

    /** RoutingContext key of the negotiated response media type. */
    static final String MEDIA_TYPE = "accord.graphql.media-type";
    static final int ROUTE_ORDER = -1;
    /** How long a refused oversized body is still read (and dropped) before the connection closes. */
    private static final long LINGER_MILLIS = 2000;
    /** One before SmallRye's WebSocket route, which has order {@code -AUTHORIZATION + 1}. */
    static final int WEBSOCKET_GUARD_ORDER = -SecurityHandlerPriorities.AUTHORIZATION;
    static final int FIRST_ROUTE_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private static final Logger LOG = Logger.getLogger(GraphQlEndpoint.class);
    private static final String ALLOWED = "GET, POST, OPTIONS";

    @Inject
    Limits limits;

    @Inject
    PersistedDocuments persisted;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "accord.security.reads-require-reader", defaultValue = "false")
    boolean readsRequireReader;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    Optional<Integer> parserMaxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens")
    Optional<Integer> parserMaxWhitespaceTokens;

    @ConfigProperty(name = "accord.live.connection-init-timeout")
    Duration connectionInitTimeout;

    @ConfigProperty(name = "accord.live.ping-interval")
    Duration pingInterval;

    @ConfigProperty(name = "accord.live.idle-timeout")
    Duration idleTimeout;

    @ConfigProperty(name = "accord.live.max-message-size")
    MemorySize maxMessageSize;

    @ConfigProperty(name = "accord.live.max-subscriptions-per-connection")
    int maxSubscriptionsPerConnection;

    @ConfigProperty(name = "accord.live.max-subscriptions")
    int maxSubscriptions;

    private GraphQlWebSocket webSocket;

    /** The server is stopping: clients resume on another instance with their last cursor. */
    void stopping(@Observes ShutdownDelayInitiatedEvent delay) {
        if (webSocket != null) {
            webSocket.closeAll();
        }
    }

    void stopped(@Observes ShutdownEvent stop) {
        if (webSocket != null) {
            webSocket.closeAll();
        }
    }

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;

        ParserOptions parserOptions = parserOptions();
        // SmallRye applies its parser-max-* settings to graphql-java's general default, but
        // operations are parsed with the operation default: make both the configured values.
        ParserOptions.setDefaultOperationParserOptions(parserOptions);

        long bodyLimit = maxBodySize.asLongValue();
        BodyHandler body = BodyHandler.create(false).setBodyLimit(bodyLimit).setHandleFileUploads(false);

        // SmallRye builds the schema after the routes are installed: look it up at the first request.
        OperationLimits operationLimits = new OperationLimits(() -> Arc.container().instance(GraphQLSchema.class).get(), limits);
        OperationChecks checks = new OperationChecks(parserOptions, new AccessPolicy(readsRequireReader), operationLimits, persisted);
        webSocket = new GraphQlWebSocket(checks, readsRequireReader, new GraphQlWebSocket.Settings(connectionInitTimeout, pingInterval,
                idleTimeout, (int) maxMessageSize.asLongValue(), maxSubscriptionsPerConnection, maxSubscriptions, limits.requestTimeout()));
        GraphQlHttpHandler handler = new GraphQlHttpHandler(identityAssociation(),
                Arc.container().instance(CurrentVertxRequest.class).get(), checks, limits.requestTimeout(), persisted);

        // Subscriptions: Accord's WebSocket handler, ahead of SmallRye's (ordered before the HTTP
        // route), which would run operations past AccessPolicy and the request limits.
        router.route(path).order(WEBSOCKET_GUARD_ORDER).handler(this::webSocket);

        router.route(path).order(FIRST_ROUTE_ORDER).handler(ctx -> {
            CorrelationId.assign(ctx);
            if (declaredLength(ctx) > bodyLimit) {
                // Answer at once, but read (and drop) what the client is still sending for a moment
                // before closing: closing with unread bytes makes the kernel reset the connection,
                // and the client may lose the 413 before reading it (a "lingering close").
                // (HTTP/1 only: an HTTP/2 connection carries other requests, and ending this stream
                // is enough there.)
                HttpServerRequest request = ctx.request();
                if (request.version() != HttpVersion.HTTP_2) {
                    request.handler(dropped -> { }).endHandler(done -> request.connection().close());
                    request.resume();
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close")
                            .endHandler(sent -> ctx.vertx().setTimer(LINGER_MILLIS, t -> request.connection().close()));
                }
                tooLarge(ctx, bodyLimit);
                return;
            }
            ctx.next();
        });
        router.route(path).order(ROUTE_ORDER)
                .handler(ctx -> {
                    if (precheck(ctx)) {
                        body.handle(ctx); // reads the body, then goes on to the next handler
                    }
                })
                .blockingHandler(handler, false)
                .failureHandler(ctx -> failure(ctx, bodyLimit));
        // The schema file, printed once: SmallRye's own route (ordered after this one) would print
        // elements that introspection does not show (PublishedSchema).
        String[] printed = new String[1];
        router.get(path + "/schema.graphql").order(ROUTE_ORDER).handler(ctx -> {
            if (printed[0] == null) {
                printed[0] = PublishedSchema.print(Arc.container().instance(GraphQLSchema.class).get());
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(printed[0]);
        });
        // A token that fails verification is refused by Quarkus before any route runs; on this
        // path the refusal is a GraphQL response too. Order: before Quarkus' default failure handler.
        router.route(path).order(ROUTE_ORDER - 1).failureHandler(GraphQlEndpoint::tokenRefused);
        LOG.debugf("GraphQL over HTTP on %s", path);
    }

    /**
     * Everything that needs neither the body nor a worker thread: the method (405), the Accept
     * header (406) and the POST Content-Type (415). OPTIONS is answered here. (WebSocket upgrades
     * never get here: SmallRye's subscription route comes first.) Returns whether the request goes
     * on to be read and executed.
     */
    static boolean precheck(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            ctx.response().putHeader(HttpHeaders.ALLOW, ALLOWED).setStatusCode(204).end();
            return false;
        }
        String mediaType = MediaTypes.negotiate(ctx.parsedHeaders().accept());
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            GraphQlHttpHandler.respondWithProblem(ctx, mediaType, new HttpProblem(405, GraphQlErrors.BAD_USER_INPUT,
                    "Method " + method.name() + " is not supported; use POST, or GET for queries", ALLOWED));
            return false;
        }
        if (mediaType == null) {
            GraphQlHttpHandler.respondWithProblem(ctx, MediaTypes.JSON, new HttpProblem(406, GraphQlErrors.BAD_USER_INPUT,
                    "The Accept header admits no type this endpoint produces: " + MediaTypes.GRAPHQL_RESPONSE_JSON
                            + " or " + MediaTypes.JSON, null));
            return false;
        }
        ctx.put(MEDIA_TYPE, mediaType);
        if (method == HttpMethod.POST) {
            String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (!MediaTypes.isJson(contentType)) {
                ctx.response().putHeader("Accept-Post", MediaTypes.JSON);
                GraphQlHttpHandler.respondWithProblem(ctx, mediaType, new HttpProblem(415, GraphQlErrors.BAD_USER_INPUT,
                        contentType == null
                                ? "The request has no Content-Type; send the body as " + MediaTypes.JSON
                                : "Content-Type " + contentType + " is not supported; send the body as " + MediaTypes.JSON
                                        + " (UTF-8)",
                        null));
                return false;
            }
        }
        return true;
    }

    /** A failure on this route: a body over the size limit, or a fault of ours. */
    private static void failure(RoutingContext ctx, long bodyLimit) {
        String mediaType = ctx.get(MEDIA_TYPE);
        if (ctx.statusCode() == 413) {
            tooLarge(ctx, bodyLimit);
            return;
        }
        LOG.errorf(ctx.failure(), "GraphQL request failed (correlation id %s)", CorrelationId.of(ctx));
        GraphQlHttpHandler.respondWithProblem(ctx, mediaType,
                new HttpProblem(500, GraphQlErrors.INTERNAL, GraphQlErrors.INTERNAL_MESSAGE, null));
    }

    /**
     * An upgrade that offers graphql-transport-ws becomes a subscriptions socket; one that offers the
     * older graphql-ws or no subprotocol is upgraded and closed with 4406 and a reason; any other is
     * refused before it happens (a 400 that curl and WebSocket libraries show), since no subprotocol
     * could be agreed on. Requests without an Upgrade header go on to the HTTP route.
     */
    private void webSocket(RoutingContext ctx) {
        // any Upgrade header line at all: Netty upgrades when one of several lines says websocket
        if (!ctx.request().headers().contains(HttpHeaders.UPGRADE)) {
            ctx.next();
            return;
        }
        if (GraphQlWebSocket.answers(ctx)) {
            webSocket.upgrade(ctx);
            return;
        }
        GraphQlHttpHandler.respondWithProblem(ctx, MediaTypes.JSON, HttpProblem.badRequest(
                "GraphQL over WebSocket needs the subprotocol " + GraphQlWebSocket.SUBPROTOCOL
                        + " (Sec-WebSocket-Protocol), the protocol of the graphql-ws library; POST queries and mutations to this URL"));
    }

    /**
     * 401 for a bearer token that failed verification (bad signature, expired, another issuer,
     * malformed), with RFC 6750's {@code invalid_token} challenge. Which check failed is logged at
     * debug level, not told to the client.
     */
    private static void tokenRefused(RoutingContext ctx) {
        if (!(ctx.failure() instanceof AuthenticationFailedException refused)) {
            ctx.next();
            return;
        }
        LOG.debugf(refused, "Bearer token refused on %s", ctx.request().path());
        String mediaType = MediaTypes.negotiate(ctx.parsedHeaders().accept());
        GraphQlHttpHandler.respondWithProblem(ctx, mediaType, HttpProblem.invalidToken(
                "The bearer token was refused: it is malformed, expired, not signed by a trusted key, or from another issuer"));
    }

    private static void tooLarge(RoutingContext ctx, long bodyLimit) {
        String mediaType = ctx.get(MEDIA_TYPE);
        if (mediaType == null) { // refused before the Accept header was looked at
            mediaType = MediaTypes.negotiate(ctx.parsedHeaders().accept());
        }
        GraphQlHttpHandler.respondWithProblem(ctx, mediaType, new HttpProblem(413, GraphQlErrors.LIMIT_EXCEEDED,
                "The request body exceeds the limit of " + bodyLimit + " bytes (quarkus.http.limits.max-body-size)", null));
    }

    /** The request's Content-Length, or -1 when it has none (a chunked body) or a malformed one. */
    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1; // Vert.x's HTTP codec refuses it before this
        }
    }

    /** Parser limits from SmallRye's settings; graphql-java's defaults where they are not set. */
    private ParserOptions parserOptions() {
        ParserOptions defaults = ParserOptions.getDefaultOperationParserOptions();
        return defaults.transform(b -> b
                .maxTokens(parserMaxTokens.orElse(defaults.getMaxTokens()))
                .maxWhitespaceTokens(parserMaxWhitespaceTokens.orElse(defaults.getMaxWhitespaceTokens())));
    }

    private static CurrentIdentityAssociation identityAssociation() {
        InstanceHandle<CurrentIdentityAssociation> handle = Arc.container().instance(CurrentIdentityAssociation.class);
        return handle.isAvailable() ? handle.get() : null;
    }
}
