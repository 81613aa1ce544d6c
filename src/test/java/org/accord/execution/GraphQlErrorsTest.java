package org.accord.execution;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.accord.graphql.ConflictException;
import org.accord.graphql.NotFoundException;
import org.accord.support.LogCapture;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/**
 * The error mapper on errors that the HTTP tests cannot provoke on demand, with the production
 * settings' behaviour: no exception message, class or SQL reaches the client, unexpected failures
 * are logged at ERROR with their stack trace and the request's correlation id, the client's own
 * errors only at DEBUG.
 */
class GraphQlErrorsTest {

    private static GraphQLError fetching(Throwable t) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/actor"), t, new SourceLocation(1, 3));
    }

    private static GraphQLError only(List<GraphQLError> errors) {
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    @Test
    void accordExceptionsKeepCodeAndMessage() {
        GraphQLError e = only(GraphQlErrors.map(List.of(fetching(new NotFoundException("No actor 7")))));
        assertEquals("NOT_FOUND", e.getExtensions().get("code"));
        assertEquals("No actor 7", e.getMessage());
        assertEquals(List.of("actor"), e.getPath());
        assertEquals("CONFLICT", only(GraphQlErrors.map(List.of(fetching(new ConflictException("stale"))))).getExtensions().get("code"));
    }

    @Test
    void unexpectedExceptionsAreInternalWithoutDetail() {
        GraphQLError e = only(GraphQlErrors.map(List.of(fetching(
                new IllegalStateException("org.hibernate.exception.SQLGrammarException: table SOURCE not found")))));
        assertEquals("INTERNAL", e.getExtensions().get("code"));
        assertEquals("Internal server error", e.getMessage());
        assertThat(e.toSpecification().toString(), not(containsString("Exception")));
    }

    @Test
    void lateArgumentErrorsLoseTheirJavaNames() {
        // as SmallRye reports an argument that passed validation but failed to convert
        GraphQLError late = ValidationError.newValidationError().validationErrorType(ValidationErrorType.WrongType)
                .sourceLocation(new SourceLocation(1, 10)).queryPath(List.of("events"))
                .description("argument 'filter' with value 'StringValue{value='{\n    \"from\": \"2023-13-01\"\n}'}' is not a valid "
                        + "'Unknown Scalar Type [org.accord.event.EventFilter]'")
                .build();
        GraphQLError e = only(GraphQlErrors.map(List.of(late)));
        assertEquals("BAD_USER_INPUT", e.getExtensions().get("code"));
        assertEquals("Argument 'filter' has an invalid value {\"from\": \"2023-13-01\"}", e.getMessage());
    }

    @Test
    void statementTimeoutsAreLimitExceededWithoutTheSql() {
        SQLTimeoutException jdbc = new SQLTimeoutException("Statement was canceled or the session timed out; SQL statement:\n"
                + "select count(*) from source s1_0 [57014-240]", "57014");
        GraphQLError e = only(GraphQlErrors.map(List.of(fetching(
                new jakarta.persistence.QueryTimeoutException("org.hibernate.QueryTimeoutException: could not execute", jdbc)))));
        assertEquals("LIMIT_EXCEEDED", e.getExtensions().get("code"));
        assertThat(e.getMessage(), containsString("(accord.limits.request-timeout)"));
        String sent = e.toSpecification().toString();
        for (String leak : new String[] {"select", "SQL", "Exception", "org.", "57014"}) {
            assertThat(sent, not(containsString(leak)));
        }
    }

    @Test
    void internalErrorsAreLoggedWithStackTraceAndCorrelationId() {
        MDC.put(CorrelationId.MDC_KEY, "test-correlation-7");
        try (LogCapture log = new LogCapture(GraphQlErrors.class.getName())) {
            IllegalStateException bug = new IllegalStateException("select * from secret_table");
            GraphQLError e = only(GraphQlErrors.map(List.of(fetching(bug))));
            assertEquals("Internal server error", e.getMessage());
            assertThat(e.toSpecification().toString(), not(containsString("secret_table")));
            LogRecord logged = single(log.records());
            assertEquals(org.jboss.logmanager.Level.ERROR, logged.getLevel());
            assertThat(LogCapture.message(logged), containsString("correlation id test-correlation-7"));
            assertEquals(bug, logged.getThrown(), "the stack trace is logged");
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    @Test
    void clientErrorsAreLoggedOnlyAtDebug() {
        try (LogCapture log = new LogCapture(GraphQlErrors.class.getName())) {
            GraphQlErrors.map(List.of(fetching(new NotFoundException("No actor 7")), fetching(new ConflictException("stale"))));
            for (LogRecord r : log.records()) {
                assertTrue(r.getLevel().intValue() < Level.INFO.intValue(), () -> r.getLevel() + ": " + LogCapture.message(r));
                assertNull(r.getThrown());
            }
        }
    }

    @Test
    void httpErrorsCarryTheCorrelationId() {
        Map<String, Object> error = GraphQlErrors.httpError("The request body is empty", "BAD_USER_INPUT", "abc-1");
        assertEquals(Map.of("code", "BAD_USER_INPUT", "correlationId", "abc-1"), error.get("extensions"));
    }

    private static <T> T single(List<T> items) {
        assertEquals(1, items.size(), items::toString);
        return items.get(0);
    }
}
