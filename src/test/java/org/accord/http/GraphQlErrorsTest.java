package org.accord.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.List;
import org.accord.graphql.ConflictException;
import org.accord.graphql.NotFoundException;
import org.junit.jupiter.api.Test;

/** The error mapper on errors that the HTTP tests cannot provoke on demand. */
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
    void depthAndComplexityLimitsNameTheirSettings() {
        GraphQLError depth = only(GraphQlErrors.map(List.of(new AbortExecutionException("maximum query depth exceeded 17 > 15"))));
        assertEquals("LIMIT_EXCEEDED", depth.getExtensions().get("code"));
        assertEquals("Query depth 17 exceeds the limit of 15 (quarkus.smallrye-graphql.instrumentation-query-depth)",
                depth.getMessage());
        GraphQLError complexity = only(GraphQlErrors.map(List.of(
                new AbortExecutionException("maximum query complexity exceeded 2200 > 2000"))));
        assertThat(complexity.getMessage(), containsString("quarkus.smallrye-graphql.instrumentation-query-complexity"));
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
}
