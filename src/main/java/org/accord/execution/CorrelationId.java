package org.accord.execution;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties a GraphQL request's error responses to the server's logs. A client may send
 * its own as {@code X-Request-Id} (1 to 64 letters, digits, {@code .}, {@code _} or {@code -});
 * anything else is replaced by a random UUID. The id is returned as {@code X-Request-Id} on every
 * response of {@code /graphql}, added as {@code extensions.correlationId} to every error, and put
 * in the logging MDC as {@value #MDC_KEY}, so JSON log lines carry it (Quarkus keeps the MDC in
 * the request's Vert.x context, which the worker thread running the request shares).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "correlationId";
    private static final String KEY = "accord.correlation-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** Gives the request its id: the client's if it is safe, else a new one. */
    public static void assign(RoutingContext ctx) {
        String sent = ctx.request().getHeader(HEADER);
        String id = sent != null && SAFE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
    }

    /** The request's id. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        if (id == null) {
            assign(ctx);
            id = ctx.get(KEY);
        }
        return id;
    }

    /** The id of the request being handled on this thread, for log lines; "none" outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? "none" : id.toString();
    }
}
