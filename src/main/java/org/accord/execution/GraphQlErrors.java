package org.accord.execution;

import java.util.stream.Collectors;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.Arc;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.introspection.GoodFaithIntrospection;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.ValidationError;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.graphql.ApiException;
import org.accord.graphql.DatabaseUnavailable;
import org.accord.graphql.StatementTimeout;
import org.accord.security.Roles;
import org.jboss.logging.Logger;

/**
 * The one place that decides each GraphQL error's {@code extensions.code} and client-facing
 * message. Every response of the endpoint passes its errors through {@link #map}; the errors the
 * HTTP layer itself raises are made here too.
 *
 * <table>
 * <caption>Codes</caption>
 * <tr><td>an Accord exception ({@code ApiException} and its {@code @ErrorCode} subclasses)</td>
 *     <td>its {@code @ErrorCode} (BAD_USER_INPUT, NOT_FOUND, CONFLICT, LIMIT_EXCEEDED), its message</td></tr>
 * <tr><td>syntax, validation, unknown operation, variable or argument coercion, Bean Validation</td>
 *     <td>BAD_USER_INPUT, graphql-java's message (which names the field, argument or variable and the value)</td></tr>
 * <tr><td>parser token limits, a SQL statement stopped by its
 *     timeout (the request timeout)</td>
 *     <td>LIMIT_EXCEEDED, a message naming the limit and its setting</td></tr>
 * <tr><td>a mutation without an editor's token, a query without a reader's when reads need one
 *     ({@code AccessPolicy})</td><td>UNAUTHENTICATED (401) or FORBIDDEN (403)</td></tr>
 * <tr><td>the database cannot be reached (connection refused or lost, server shutting down or
 *     starting, no pooled connection within the acquisition timeout)</td>
 *     <td>SERVICE_UNAVAILABLE, "The database is unavailable; try again shortly" (the cause is logged)</td></tr>
 * <tr><td>an error that already carries a code</td><td>unchanged</td></tr>
 * <tr><td>anything else (a bug, a database failure)</td>
 *     <td>INTERNAL, "Internal server error"; the cause is logged, never sent</td></tr>
 * </table>
 *
 * Logging: INTERNAL errors are logged at ERROR with their stack trace and the request's
 * correlation id (which the response carries as {@code extensions.correlationId}); errors the
 * client caused only at DEBUG, as they are answers, not faults.
 */
public final class GraphQlErrors {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    public static final String INTERNAL = "INTERNAL";
    /** No bearer token where one is needed (HTTP 401). */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A valid token without the role the operation needs (HTTP 403). */
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String UNAVAILABLE_MESSAGE = "The database is unavailable; try again shortly";
    /** The extension every error of a response carries: the request's {@link CorrelationId}. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String INTERNAL_MESSAGE = "Internal server error";

    private static final Logger LOG = Logger.getLogger(GraphQlErrors.class);

    /** SmallRye's report of an argument it could not convert while fetching (TransformException). */
    private static final Pattern LATE_ARGUMENT = Pattern.compile(
            "argument '(.*?)' with value 'StringValue\\{value='(.*)'\\}' is not a valid '(.*)'", Pattern.DOTALL);

    /** graphql-java's words for a value that is not one of an enum's: "... for enum 'ActorKind'". */
    private static final Pattern ENUM_NAMED = Pattern.compile("for enum '(\\w+)'");

    private static final Pattern STRING_VALUE = Pattern.compile("StringValue\\{value='(.*?)'\\}");
    private static final Pattern SCALAR_VALUE = Pattern.compile(
            "(?:IntValue|FloatValue|BooleanValue)\\{value=([^}]*)\\}|EnumValue\\{name='(\\w*)'\\}|(?:NullValue)\\{\\}");

    private GraphQlErrors() {
    }

    /**
     * Gives every error a code and a safe message. A "non-null field was null" error that only
     * follows from another error on the same path is dropped: the GraphQL spec reports one error
     * per failed field.
     */
    public static List<GraphQLError> map(List<GraphQLError> errors) {
        List<List<String>> failedPaths = new ArrayList<>();
        for (GraphQLError e : errors) {
            if (!(e instanceof NonNullableFieldWasNullError)) {
                List<String> path = pathOf(e);
                if (path != null && !path.isEmpty()) {
                    failedPaths.add(path);
                }
            }
        }
        List<GraphQLError> mapped = new ArrayList<>(errors.size());
        for (GraphQLError e : errors) {
            if (e instanceof NonNullableFieldWasNullError && followsFrom(pathOf(e), failedPaths)) {
                continue;
            }
            mapped.add(map(e));
        }
        return mapped;
    }

    /** Whether any error is a server fault (so a request error is a 500, not a 400). */
    public static boolean anyInternal(List<GraphQLError> errors) {
        return errors.stream().anyMatch(e -> e.getExtensions() != null && INTERNAL.equals(e.getExtensions().get("code")));
    }

    /** Whether any error says the database is unavailable. */
    public static boolean anyUnavailable(List<GraphQLError> errors) {
        return errors.stream().anyMatch(e -> e.getExtensions() != null && SERVICE_UNAVAILABLE.equals(e.getExtensions().get("code")));
    }

    /** A request refused before execution because it exceeds a limit; the message names it and its setting. */
    public static GraphQLError limitExceeded(String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.ExecutionAborted)
                .extensions(Map.of("code", LIMIT_EXCEEDED)).build();
    }

    /** A request error found before execution, with its code. */
    public static GraphQLError requestError(String message, String code) {
        return requestError(message, code, null);
    }

    /** A request error found before execution, with its code and, if not null, {@code extensions.reason}. */
    public static GraphQLError requestError(String message, String code, String reason) {
        return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.ValidationError)
                .extensions(reason == null ? Map.of("code", code) : Map.of("code", code, "reason", reason)).build();
    }

    /** The error for a document that does not parse, or that exceeds one of the parser's limits. */
    public static GraphQLError parseError(InvalidSyntaxException e, ParserOptions limits) {
        String code = BAD_USER_INPUT;
        String message = e.getMessage();
        if (e instanceof ParseCancelledException) {
            code = LIMIT_EXCEEDED; // graphql-java's message: More than 15,000 'grammar' (or 'whitespace') tokens ...
            message = message != null && message.contains("'whitespace'")
                    ? "The query exceeds the limit of " + limits.getMaxWhitespaceTokens()
                            + " whitespace tokens (quarkus.smallrye-graphql.parser-max-whitespace-tokens)"
                    : "The query exceeds the limit of " + limits.getMaxTokens() + " tokens (quarkus.smallrye-graphql.parser-max-tokens)";
        } else if (e instanceof ParseCancelledTooDeepException) {
            code = LIMIT_EXCEEDED;
            message = "The query nests deeper than the parser's limit of " + limits.getMaxRuleDepth() + " levels";
        } else if (e instanceof ParseCancelledTooManyCharsException) {
            code = LIMIT_EXCEEDED;
            message = "The query exceeds the parser's limit of " + limits.getMaxCharacters() + " characters";
        }
        GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.InvalidSyntax)
                .extensions(Map.of("code", code));
        if (e.getLocation() != null) {
            b.location(e.getLocation());
        }
        return b.build();
    }

    private static GraphQLError map(GraphQLError e) {
        if (e.getExtensions() != null && e.getExtensions().get("code") instanceof String) {
            return e; // whoever made it already chose
        }
        if (e instanceof ExceptionWhileDataFetching fetching) {
            return fromException(e, fetching.getException());
        }
        if (e instanceof AbortExecutionException || e.getErrorType() == ErrorType.ExecutionAborted) {
            return aborted(e);
        }
        if (e instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            // graphql-java's check against introspection used as a denial of service: the client's doing
            return rebuild(e, "Introspection may look up __schema, __type and each of __Type's fields, inputFields,"
                    + " interfaces and possibleTypes at most once per request (" + e.getMessage().replaceFirst(".* - ", "")
                    + "); send further look-ups as requests of their own", LIMIT_EXCEEDED, Map.of());
        }
        if (e instanceof NonNullableFieldWasNullError) {
            LOG.errorf("A resolver returned null for a non-null field (correlation id %s): %s", CorrelationId.current(), e.getMessage());
            return rebuild(e, INTERNAL_MESSAGE, INTERNAL, Map.of());
        }
        if (e instanceof ValidationError v) {
            Map<String, Object> extra = v.getValidationErrorType() == null ? Map.of()
                    : Map.of("validationErrorType", v.getValidationErrorType().toString());
            return rebuild(e, withAllowedValues(validationMessage(e.getMessage())), BAD_USER_INPUT, extra);
        }
        ErrorClassification type = e.getErrorType();
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax || type == ErrorType.OperationNotSupported) {
            return rebuild(e, withAllowedValues(e.getMessage()), BAD_USER_INPUT, Map.of()); // coercion, unknown operation, Bean Validation
        }
        LOG.errorf("Unexpected GraphQL error (%s, correlation id %s): %s", type, CorrelationId.current(), e.getMessage());
        return rebuild(e, INTERNAL_MESSAGE, INTERNAL, Map.of());
    }

    private static GraphQLError fromException(GraphQLError e, Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ApiException) {
            String code = codeOf(cause.getClass(), BAD_USER_INPUT);
            LOG.debugf("%s at %s: %s", code, e.getPath(), cause.getMessage());
            return rebuild(e, cause.getMessage(), code, Map.of());
        }
        if (cause instanceof UnauthorizedException) { // @RolesAllowed on the mutation classes
            return rebuild(e, "Mutations need a bearer token with the role '" + Roles.EDITOR + "'", UNAUTHENTICATED, Map.of());
        }
        if (cause instanceof ForbiddenException) {
            return rebuild(e, "This operation needs the role '" + Roles.EDITOR + "'", FORBIDDEN, Map.of());
        }
        if (DatabaseUnavailable.causes(cause)) {
            LOG.warnf("The database is unavailable (GraphQL field %s): %s", e.getPath(), rootMessage(cause));
            return rebuild(e, UNAVAILABLE_MESSAGE, SERVICE_UNAVAILABLE, Map.of());
        }
        String code = codeOf(cause.getClass(), null);
        if (code != null) {
            LOG.debugf("%s at %s: %s", code, e.getPath(), cause.getMessage());
            return rebuild(e, e.getMessage(), code, Map.of()); // SmallRye's show/hide lists chose the message
        }
        if (StatementTimeout.causes(cause)) {
            LOG.debugf("A SQL statement at %s ran out of time: %s", e.getPath(), cause.getMessage());
            // classified as the other limits are, not as the data-fetching failure it was
            GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError().message(RequestDeadline.message())
                    .errorType(ErrorType.ExecutionAborted).extensions(Map.of("code", LIMIT_EXCEEDED));
            if (e.getLocations() != null) {
                b.locations(e.getLocations());
            }
            return e.getPath() == null ? b.build() : b.path(e.getPath()).build();
        }
        LOG.errorf(cause, "Unexpected failure in GraphQL field %s (correlation id %s)", e.getPath(), CorrelationId.current());
        return rebuild(e, INTERNAL_MESSAGE, INTERNAL, Map.of());
    }

    /**
     * The {@code @ErrorCode} of the class or of its nearest annotated superclass: as SmallRye
     * indexed it at build time, else as the annotation says.
     */
    private static String codeOf(Class<?> type, String fallback) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            ErrorInfo info = ErrorInfoMap.getErrorInfo(c.getName());
            if (info != null && info.getErrorCode() != null) {
                return info.getErrorCode();
            }
            ErrorCode annotation = c.getAnnotation(ErrorCode.class);
            if (annotation != null) {
                return annotation.value();
            }
        }
        return fallback;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static GraphQLError aborted(GraphQLError e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        LOG.errorf("GraphQL execution aborted (correlation id %s): %s", CorrelationId.current(), message);
        return rebuild(e, INTERNAL_MESSAGE, INTERNAL, Map.of());
    }

    /**
     * graphql-java's validation messages already name the field or argument and the value. Only
     * SmallRye's late argument conversion errors (a value that passed validation but failed to
     * convert to its Java type) carry internals: the value dumped as a Java string and, for input
     * objects, the Java class name. They are rephrased.
     */
    private static String validationMessage(String message) {
        Matcher m = LATE_ARGUMENT.matcher(message == null ? "" : message);
        if (!m.matches()) {
            return literals(message);
        }
        String value = m.group(2).replaceAll("\\s*\\n\\s*", " ").replace("{ ", "{").replace(" }", "}");
        String type = m.group(3);
        return "Argument '" + m.group(1) + "' has an invalid value " + value
                + (type.startsWith("Unknown Scalar Type") ? "" : ": it is not a valid " + type);
    }

    /**
     * graphql-java names the enum a value is not in ("Literal value not in allowable values for enum
     * 'ActorKind'", "Invalid input for enum 'ActorKind'") but not its values: they are added, so that
     * a client need not look them up.
     */
    private static String withAllowedValues(String message) {
        Matcher m = ENUM_NAMED.matcher(message == null ? "" : message);
        if (!m.find()) {
            return message;
        }
        InstanceHandle<GraphQLSchema> schema = Arc.container().instance(GraphQLSchema.class);
        if (!schema.isAvailable() || !(schema.get().getType(m.group(1)) instanceof GraphQLEnumType type)) {
            return message;
        }
        return message + " (allowed values: " + type.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** graphql-java quotes literal values as their AST's toString(): {@code StringValue{value='x'}} becomes {@code "x"}. */
    private static String literals(String message) {
        if (message == null || !message.contains("Value{")) {
            return message;
        }
        String s = STRING_VALUE.matcher(message).replaceAll(r -> Matcher.quoteReplacement("\"" + r.group(1) + "\""));
        return SCALAR_VALUE.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
                r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : "null"));
    }

    private static GraphQLError rebuild(GraphQLError e, String message, String code, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(extra);
        if (e.getExtensions() != null && !INTERNAL.equals(code)) {
            // keep what a producer added (e.g. Bean Validation's violations), never SmallRye's duplicates
            e.getExtensions().forEach((k, v) -> {
                if (!k.equals("description") && !k.equals("queryPath")) {
                    extensions.putIfAbsent(k, v);
                }
            });
        }
        ErrorClassification type = e.getErrorType();
        boolean requestError = type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
                || type == ErrorType.OperationNotSupported;
        // extensions.classification: graphql-java's request error types name GraphQL concepts; for the
        // rest it would say DataFetchingException or ExecutionAborted, which read as Java internals, so
        // it repeats the code
        GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(requestError && !INTERNAL.equals(code) ? type : ErrorClassification.errorClassification(code));
        if (e.getLocations() != null) {
            b.locations(e.getLocations());
        }
        if (e.getPath() != null) {
            b.path(e.getPath());
        }
        return b.build();
    }

    /** The response path an error is about: its path, or for a validation error its query path. */
    private static List<String> pathOf(GraphQLError e) {
        List<?> path = e.getPath();
        if (path == null && e instanceof ValidationError v) {
            path = v.getQueryPath();
        }
        return path == null ? null : path.stream().map(String::valueOf).toList();
    }

    private static boolean followsFrom(List<String> path, List<List<String>> failedPaths) {
        if (path == null) {
            return false;
        }
        for (List<String> failed : failedPaths) {
            int n = Math.min(path.size(), failed.size());
            if (path.subList(0, n).equals(failed.subList(0, n))) {
                return true;
            }
        }
        return false;
    }

    /** An error body line for the HTTP layer's own refusals. */
    public static Map<String, Object> httpError(String message, String code, String correlationId) {
        return Map.of("message", message, "extensions", Map.of("code", code, CORRELATION_ID, correlationId));
    }
}
