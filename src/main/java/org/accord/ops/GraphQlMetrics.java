package org.accord.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts and times every GraphQL operation for Prometheus, as {@code accord_graphql_operations_seconds}
 * (count, sum, max) tagged with the operation's name and type and whether it failed to execute.
 *
 * <p>SmallRye GraphQL's own {@code mp_graphql} timers (quarkus.smallrye-graphql.metrics.enabled) do not
 * cover this: in Quarkus 3.33 they are recorded for batched fields and for fields dispatched from
 * the event loop to a worker thread, and Accord runs whole requests on worker threads
 * (quarkus.smallrye-graphql.nonblocking.enabled=false), so root fields such as {@code actors} are
 * never timed. This listener uses SmallRye GraphQL's execution events instead, as an
 * {@link EventingService} (META-INF/services), not as CDI observers: turning on the CDI events
 * (quarkus.smallrye-graphql.events.enabled) would also fire a CDI event before and after every
 * field of every request, whose observers ArC resolves each time (issue 14's profile: 2.7% of a
 * traversal's CPU).
 *
 * <p>The operation name is the request's {@code operationName}, else the name of the document's
 * first operation. Names come from clients, so they are bounded: a name that is not a plain
 * GraphQL name, or any name past the first {@value #MAX_NAMES} distinct ones, counts as "other".
 */
public class GraphQlMetrics implements EventingService {

    static final String METRIC = "accord.graphql.operations";
    static final int MAX_NAMES = 200;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");
    /** The head of a document: ignored tokens (white space, commas, comments), then "{" or a keyword and a name. */
    private static final Pattern HEAD = Pattern.compile("\\A(?:[\\s,\\uFEFF]|#[^\\n\\r]*+)*+(?:(\\{)|(query|mutation|subscription)\\b(?:[\\s,]|#[^\\n\\r]*+)*+([_A-Za-z][_0-9A-Za-z]*+)?)");

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeExecute(Context context) {
        started.put(context.getExecutionId(), System.nanoTime());
    }

    @Override
    public void afterExecute(Context context) {
        record(context, "success");
    }

    @Override
    public void errorExecute(Context context, Throwable error) {
        record(context, "error");
    }

    /** Quarkus' registry, looked up once: SmallRye creates this listener with ServiceLoader, not CDI. */
    private MeterRegistry registry() {
        MeterRegistry r = registry;
        if (r == null) {
            r = registry = Arc.container().instance(MeterRegistry.class).get();
        }
        return r;
    }

    private void record(Context context, String outcome) {
        Long start = started.remove(context.getExecutionId());
        if (start == null) {
            return;
        }
        String query = query(context);
        Matcher head = HEAD.matcher(query);
        boolean parsed = head.lookingAt();
        String type = !parsed ? "unknown" : head.group(1) != null ? "query" : head.group(2);
        String name = context.getOperationName().filter(n -> !n.isBlank()).orElse(parsed && head.group(3) != null ? head.group(3) : "");
        Timer.builder(METRIC)
                .description("GraphQL operations executed, by operation name and type")
                .tag("operation", bounded(name))
                .tag("type", type)
                .tag("outcome", outcome)
                .register(registry())
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private String bounded(String name) {
        if (name.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return "other";
    }

    private static String query(Context context) {
        try {
            String query = context.getQuery();
            return query == null ? "" : query;
        } catch (RuntimeException noRequest) {
            return "";
        }
    }
}
