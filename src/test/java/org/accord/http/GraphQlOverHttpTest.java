package org.accord.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.accord.execution.CorrelationId;
import org.accord.support.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint against the GraphQL-over-HTTP specification (draft), SHOULD rules included, over raw
 * HTTP: every request sets its headers explicitly, every check looks at status, Content-Type and
 * body, and every error must carry {@code extensions.code}.
 */
@QuarkusTest
class GraphQlOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    AgroalDataSource dataSource;

    /** A POST with the given Accept header and a JSON body. */
    private static ValidatableResponse post(String accept, String body) {
        return given().header("Accept", accept).contentType("application/json").body(body)
                .when().post("/graphql").then();
    }

    private static String json(String query) {
        return "{\"query\": \"" + query.replace("\"", "\\\"") + "\"}";
    }

    /** Every error of a response carries a code, and only the expected one. */
    private static void onlyErrorCode(ValidatableResponse response, String code) {
        response.body("errors", notNullValue())
                .body("errors.extensions.code", everyItem(equalTo(code)));
    }

    // ---- 1. application/graphql-response+json ----------------------------------------------

    @Test
    void graphqlResponseJsonSuccess() {
        post("application/graphql-response+json", json("{ actors(first: 1) { totalCount } }"))
                .statusCode(200).contentType(GRAPHQL_RESPONSE)
                .body("data.actors.totalCount", notNullValue()).body("$", not(hasKey("errors")));
    }

    @Test
    void graphqlResponseJsonParseFailureIs400() {
        ValidatableResponse r = post("application/graphql-response+json", json("{ actors(first: 1) { totalCount "))
                .statusCode(400).contentType(GRAPHQL_RESPONSE)
                .body("$", not(hasKey("data")))
                .body("errors[0].message", containsString("Invalid syntax"))
                .body("errors[0].locations[0].line", equalTo(1));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    @Test
    void graphqlResponseJsonValidationFailureIs400() {
        ValidatableResponse r = post("application/graphql-response+json", json("{ noSuchField }"))
                .statusCode(400).contentType(GRAPHQL_RESPONSE)
                .body("$", not(hasKey("data")))
                .body("errors[0].message", containsString("noSuchField"));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    @Test
    void graphqlResponseJsonVariableCoercionFailureIs400() {
        ValidatableResponse r = post("application/graphql-response+json",
                "{\"query\": \"query($n: Int) { actors(first: $n) { totalCount } }\", \"variables\": {\"n\": \"abc\"}}")
                .statusCode(400).contentType(GRAPHQL_RESPONSE)
                .body("$", not(hasKey("data")))
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("Variable 'n'"));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    @Test
    void invalidDateInInputObjectVariableIs400AndNamesTheValue() {
        ValidatableResponse r = post("application/graphql-response+json",
                "{\"query\": \"query($f: EventFilter) { events(filter: $f) { totalCount } }\","
                        + " \"variables\": {\"f\": {\"from\": \"2023-13-01\"}}}")
                .statusCode(400).contentType(GRAPHQL_RESPONSE)
                .body("$", not(hasKey("data")))
                .body("errors", hasSize(1)) // no spurious "non-null field was null"
                .body("errors[0].message", allOf(containsString("Variable 'f'"), containsString("2023-13-01"),
                        not(containsString("org.accord")), not(containsString("EventFilter"))));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    @Test
    void invalidDateInInputObjectLiteralIs400AndNamesArgumentAndValue() {
        ValidatableResponse r = post("application/graphql-response+json",
                json("{ events(filter: {from: \"2023-13-01\"}) { totalCount } }"))
                .statusCode(400).contentType(GRAPHQL_RESPONSE)
                .body("$", not(hasKey("data")))
                .body("errors", hasSize(1))
                .body("errors[0].message", allOf(containsString("filter.from"), containsString("\"2023-13-01\""),
                        not(containsString("org.accord")), not(containsString("StringValue")),
                        not(containsString("non null"))));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    @Test
    void fieldErrorDuringExecutionIs200WithDataAndErrors() {
        ValidatableResponse r = post("application/graphql-response+json",
                json("{ __typename actor(id: \"not-an-id\") { name } }"))
                .statusCode(200).contentType(GRAPHQL_RESPONSE)
                .body("data.__typename", equalTo("Query"))
                .body("data", hasKey("actor")).body("data.actor", nullValue())
                .body("errors[0].path[0]", equalTo("actor"));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    @Test
    void unknownOperationNameIs400() {
        ValidatableResponse r = post("application/graphql-response+json",
                "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}")
                .statusCode(400).contentType(GRAPHQL_RESPONSE).body("$", not(hasKey("data")));
        onlyErrorCode(r, "BAD_USER_INPUT");
    }

    // ---- 2. application/json: */*, no Accept, legacy status ----------------------------------

    @Test
    void applicationJsonIsServedAndRequestErrorsStay200() {
        post("application/json", json("{ __typename }"))
                .statusCode(200).contentType(JSON).body("data.__typename", equalTo("Query"));
        // The spec: with application/json, a well-formed request gets 200 even when it fails to
        // parse or validate.
        onlyErrorCode(post("application/json", json("{")).statusCode(200).contentType(JSON), "BAD_USER_INPUT");
        onlyErrorCode(post("application/json", json("{ noSuchField }")).statusCode(200).contentType(JSON), "BAD_USER_INPUT");
    }

    @Test
    void wildcardAcceptGetsApplicationJson() {
        post("*/*", json("{ __typename }")).statusCode(200).contentType(JSON);
        post("application/*", json("{ __typename }")).statusCode(200).contentType(JSON);
    }

    @Test
    void missingAcceptGetsApplicationJson() throws Exception {
        // java.net.http sends no Accept header unless told to (RestAssured always sends one)
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("{ __typename }"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(JSON, response.headers().firstValue("Content-Type").orElseThrow());
        assertThat(response.body(), containsString("\"__typename\":\"Query\""));
    }

    @Test
    void acceptWeightsAndOrderAreRespected() {
        post("application/json;q=0.5, application/graphql-response+json", json("{ __typename }"))
                .statusCode(200).contentType(GRAPHQL_RESPONSE);
        post("application/graphql-response+json, application/json", json("{ __typename }"))
                .statusCode(200).contentType(GRAPHQL_RESPONSE);
        post("application/json, application/graphql-response+json", json("{ __typename }"))
                .statusCode(200).contentType(JSON);
        post("*/*, application/graphql-response+json", json("{ __typename }"))
                .statusCode(200).contentType(GRAPHQL_RESPONSE);
    }

    // ---- 3. POST: Content-Type and body ----------------------------------------------------

    @Test
    void postWithoutContentTypeIs415() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(json("{ __typename }"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals(GRAPHQL_RESPONSE, response.headers().firstValue("Content-Type").orElseThrow());
        assertThat(response.body(), containsString("\"code\":\"BAD_USER_INPUT\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/graphql", "application/json; charset=iso-8859-1", "application/json, text/plain",
            "application/json, application/json; charset=iso-8859-1", ","})
    void postWithUnsupportedContentTypeIs415(String contentType) throws Exception {
        // java.net.http sends the Content-Type as given (RestAssured re-encodes form and multipart bodies)
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json("{ __typename }"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals(JSON, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/json", response.headers().firstValue("Accept-Post").orElseThrow());
        assertThat(response.body(), containsString("\"code\":\"BAD_USER_INPUT\""));
    }

    /** What GraphiQL sends from a browser: its fetcher sets Content-Type under two spellings, which fetch joins. */
    @ParameterizedTest
    @ValueSource(strings = {"application/json, application/json", "application/json,application/json; charset=utf-8"})
    void repeatedJsonContentTypeIsAccepted(String contentType) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json("{ __typename }"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("{\"data\":{\"__typename\":\"Query\"}}", response.body());
    }

    @Test
    void jsonWithUtf8CharsetIsAccepted() {
        given().header("Accept", "application/json").contentType("application/json; charset=UTF-8")
                .body(json("{ __typename }")).when().post("/graphql").then().statusCode(200).contentType(JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/graphql-response+json"})
    void malformedJsonIs400(String accept) {
        onlyErrorCode(post(accept, "{\"query\":").statusCode(400).body("$", not(hasKey("data"))), "BAD_USER_INPUT");
        onlyErrorCode(post(accept, "NONSENSE").statusCode(400), "BAD_USER_INPUT");
        onlyErrorCode(post(accept, "{\"query\": \"{ __typename }\"} trailing").statusCode(400), "BAD_USER_INPUT");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"query\": 1}",
        "{\"query\": {\"a\": 1}}",
        "{\"query\": [\"{ __typename }\"]}",
        "{\"query\": false}",
        "{\"qeury\": \"{ __typename }\"}",
        "{\"query\": null}",
        "{\"query\": \"{ __typename }\", \"variables\": [7]}",
        "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
        "{\"query\": \"{ __typename }\", \"operationName\": 5}",
        "{\"query\": \"{ __typename }\", \"operationName\": {\"a\": 1}}",
        "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
        "{\"query\": \"{ __typename }\", \"query\": \"{ __schema { description } }\"}",
        "[{\"query\": \"{ __typename }\"}]",
        ""
    })
    void malformedParametersAre400(String body) {
        for (String accept : new String[] {"application/graphql-response+json", "application/json"}) {
            ValidatableResponse r = post(accept, body).statusCode(400).body("$", not(hasKey("data")));
            onlyErrorCode(r, "BAD_USER_INPUT");
        }
    }

    @Test
    void nullOptionalParametersAreAllowed() {
        post("application/graphql-response+json",
                "{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}")
                .statusCode(200).body("data.__typename", equalTo("Query")).body("$", not(hasKey("errors")));
        post("application/graphql-response+json",
                "{\"query\": \"query Q { __typename }\", \"operationName\": \"Q\", \"extensions\": {\"some\": \"value\"}}")
                .statusCode(200).body("data.__typename", equalTo("Query"));
    }

    // ---- 4. GET ------------------------------------------------------------------------------

    @Test
    void getRunsQueriesWithVariablesAndOperationName() {
        given().header("Accept", "application/graphql-response+json")
                .queryParam("query", "query Q($n: Int) { actors(first: $n) { nodes { name } } } mutation M { __typename }")
                .queryParam("variables", "{\"n\": 2}")
                .queryParam("operationName", "Q")
                .when().get("/graphql").then()
                .statusCode(200).contentType(GRAPHQL_RESPONSE)
                .body("data.actors.nodes", hasSize(2)).body("$", not(hasKey("errors")));
    }

    @Test
    void getDecodesParametersOnce() {
        // '+' and '%' must reach the parser as written (SmallRye's GET decoded them twice)
        given().header("Accept", "application/json")
                .queryParam("query", "{ t: __type(name: \"100%+sure\") { name } }")
                .when().get("/graphql").then()
                .statusCode(200).contentType(JSON).body("data", hasKey("t")).body("data.t", nullValue());
    }

    @Test
    void getWithoutAcceptGetsApplicationJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(endpoint + "?query=%7B__typename%7D")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(JSON, response.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/graphql-response+json", "application/json"})
    void getMutationIs405WithAllowPost(String accept) {
        ValidatableResponse r = given().header("Accept", accept)
                .queryParam("query", "mutation { importDossier(input: {json: \"{}\"}) { created } }")
                .when().get("/graphql").then()
                .statusCode(405).header("Allow", "POST").body("$", not(hasKey("data")));
        onlyErrorCode(r, "BAD_USER_INPUT");
        // the operation chosen by operationName decides
        given().header("Accept", accept)
                .queryParam("query", "query Q { __typename } mutation M { __typename }")
                .queryParam("operationName", "M")
                .when().get("/graphql").then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void getWithoutQueryOrWithBadVariablesIs400() {
        onlyErrorCode(given().header("Accept", "application/json").when().get("/graphql").then().statusCode(400),
                "BAD_USER_INPUT");
        onlyErrorCode(given().header("Accept", "application/json").queryParam("query", "{ __typename }")
                .queryParam("variables", "[1]").when().get("/graphql").then().statusCode(400), "BAD_USER_INPUT");
        onlyErrorCode(given().header("Accept", "application/json").queryParam("query", "{ __typename }")
                .queryParam("variables", "{").when().get("/graphql").then().statusCode(400), "BAD_USER_INPUT");
    }

    @Test
    void otherMethodsAre405AndOptionsListsTheMethods() {
        ValidatableResponse r = given().header("Accept", "application/json").contentType("application/json")
                .body(json("{ __typename }")).when().put("/graphql").then()
                .statusCode(405).header("Allow", "GET, POST, OPTIONS");
        onlyErrorCode(r, "BAD_USER_INPUT");
        given().when().options("/graphql").then().statusCode(204).header("Allow", "GET, POST, OPTIONS");
    }

    // ---- 5. Accept the server cannot satisfy -----------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml, text/*", "application/json;q=0",
            "application/json; charset=iso-8859-1", "application/graphql+json", "multipart/mixed",
            "multipart/mixed; deferSpec=20220824"})
    void unsatisfiableAcceptIs406(String accept) {
        ValidatableResponse r = post(accept, json("{ __typename }")).statusCode(406).contentType(JSON);
        onlyErrorCode(r, "BAD_USER_INPUT");
        given().header("Accept", accept).queryParam("query", "{ __typename }").when().get("/graphql").then().statusCode(406);
    }

    // ---- 6. Codes: limits and unexpected failures ------------------------------------------

    @Test
    void tokenLimitIsLimitExceededAndNamesTheSetting() {
        String query = "{ " + "__typename ".repeat(16000) + "}";
        ValidatableResponse r = post("application/graphql-response+json", json(query))
                .statusCode(400).contentType(GRAPHQL_RESPONSE)
                .body("errors[0].message", containsString("quarkus.smallrye-graphql.parser-max-tokens"));
        onlyErrorCode(r, "LIMIT_EXCEEDED");
    }

    @Test
    void depthLimitIs400WithLimitExceeded() {
        StringBuilder q = new StringBuilder("{ actors { nodes { ");
        StringBuilder close = new StringBuilder(" } } }");
        for (int i = 0; i < 8; i++) {
            q.append("affiliations { organization { ");
            close.append(" } }");
        }
        ValidatableResponse r = post("application/graphql-response+json", json(q + "name" + close))
                .statusCode(400).contentType(GRAPHQL_RESPONSE).body("$", not(hasKey("data")))
                .body("errors[0].message", allOf(containsString("above the limit of 15"),
                        containsString("accord.limits.max-depth")));
        onlyErrorCode(r, "LIMIT_EXCEEDED");
    }

    @Test
    void unexpectedFailureIsInternalWithoutDetails() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table source rename to source_hidden_by_test");
        }
        try (LogCapture log = new LogCapture("org.accord")) {
            Response response = given().header("Accept", "application/graphql-response+json")
                    .contentType("application/json").body(json("{ sources(first: 1) { totalCount } }"))
                    .when().post("/graphql");
            String id = response.header(CorrelationId.HEADER);
            response.then().statusCode(200).contentType(GRAPHQL_RESPONSE) // data: null is a (partial) response
                    .body("data", nullValue())
                    .body("errors[0].message", equalTo("Internal server error"))
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].extensions.correlationId", equalTo(id));
            String body = response.asString();
            for (String leak : new String[] {"org.", "java.", "Exception", "SQL", "source_hidden", "\tat "}) {
                assertThat(body, not(containsString(leak)));
            }
            // the server's log has what the client does not: the cause, under the same id
            List<LogRecord> errors = log.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertEquals(1, errors.size(), () -> errors.stream().map(LogCapture::message).toList().toString());
            assertThat(LogCapture.message(errors.get(0)), containsString("correlation id " + id));
            assertNotNull(errors.get(0).getThrown(), "the stack trace is logged");
            assertThat(String.valueOf(errors.get(0).getThrown()), containsString("source"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("alter table source_hidden_by_test rename to source");
            }
        }
    }

    @Test
    void accordErrorsKeepTheirCodes() {
        Map<String, Object> error = given().header("Accept", "application/json").contentType("application/json")
                .body(json("{ actors(first: 1000) { totalCount } }")).when().post("/graphql").then()
                .statusCode(200).contentType(JSON).extract().path("errors[0]");
        assertThat(error.get("message").toString(), containsString("100"));
        assertEquals("LIMIT_EXCEEDED", ((Map<?, ?>) error.get("extensions")).get("code"));
    }

    // ---- 6b. Introspection and directives as clients use them --------------------------------

    /** Clients look a type up with a variable; the String they declare must be introspection's String. */
    @Test
    void introspectionTakesVariables() {
        given().header("Accept", "application/graphql-response+json").contentType("application/json")
                .body("{\"query\": \"query($name: String!) { __type(name: $name) { name kind } }\", \"variables\": {\"name\": \"Actor\"}}")
                .when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.__type.name", equalTo("Actor")).body("data.__type.kind", equalTo("OBJECT"));
    }

    /** The scalars that the published schema leaves out are not found by name either. */
    @Test
    void typeLookUpsFindOnlyPublishedTypes() {
        for (String name : new String[] {"BigDecimal", "BigInteger", "NoSuchType"}) {
            post("application/json", json("{ __type(name: \"" + name + "\") { name } }"))
                    .statusCode(200).body("errors", nullValue()).body("data.__type", nullValue());
        }
        post("application/json", json("{ __type(name: \"DateTime\") { name } }"))
                .statusCode(200).body("data.__type.name", equalTo("DateTime"));
    }

    /** graphql-java's good-faith introspection check refuses this: the client's doing, not a server fault. */
    @Test
    void twoTypeLookUpsInOneRequestAreALimitNotAServerFault() {
        ValidatableResponse r = post("application/graphql-response+json",
                json("{ a: __type(name: \"Actor\") { name } b: __type(name: \"Event\") { name } }"))
                .statusCode(400).body("$", not(hasKey("data")));
        onlyErrorCode(r, "LIMIT_EXCEEDED");
        r.body("errors[0].message", containsString("Query.__type"));
    }

    /** Accord delivers no incremental responses, so @defer is neither listed nor accepted. */
    @Test
    void deferIsNotOffered() {
        post("application/json", json("{ __schema { directives { name } } }")).statusCode(200)
                .body("data.__schema.directives.name", containsInAnyOrder("include", "skip", "deprecated", "specifiedBy", "oneOf"));
        ValidatableResponse r = post("application/graphql-response+json",
                json("{ actors(first: 1) { nodes { name ... @defer { kind } } } }")).statusCode(400).body("$", not(hasKey("data")));
        onlyErrorCode(r, "BAD_USER_INPUT");
        r.body("errors[0].message", containsString("@defer"));
    }

    // ---- 7. Correlation ids and quiet logs ---------------------------------------------------

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyResponseCarriesAnIdAndEveryErrorTheSame() {
        Response ok = given().header("Accept", "application/json").contentType("application/json")
                .body(json("{ __typename }")).when().post("/graphql");
        ok.then().statusCode(200).body("$", not(hasKey("errors")));
        assertThat(ok.header(CorrelationId.HEADER), matchesPattern(UUID));

        Response invalid = given().header("Accept", "application/graphql-response+json").contentType("application/json")
                .body(json("{ nope }")).when().post("/graphql");
        invalid.then().statusCode(400).body("errors.extensions.correlationId", everyItem(equalTo(invalid.header(CorrelationId.HEADER))));

        Response problem = given().header("Accept", "application/json").contentType("text/plain").body("{ __typename }")
                .when().post("/graphql");
        problem.then().statusCode(415).body("errors[0].extensions.correlationId", equalTo(problem.header(CorrelationId.HEADER)));
        assertThat(problem.header(CorrelationId.HEADER), matchesPattern(UUID));

        Response malformed = given().header("Accept", "application/json").contentType("application/json").body("{\"query\": ")
                .when().post("/graphql");
        malformed.then().statusCode(400).body("errors[0].extensions.correlationId", equalTo(malformed.header(CorrelationId.HEADER)));

        Response fieldError = given().header("Accept", "application/json").contentType("application/json")
                .body(json("{ actors(first: 1000) { totalCount } }")).when().post("/graphql");
        fieldError.then().statusCode(200).body("errors[0].extensions.correlationId", equalTo(fieldError.header(CorrelationId.HEADER)));
        assertNotEquals(ok.header(CorrelationId.HEADER), fieldError.header(CorrelationId.HEADER), "each request has its own id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"client-42.abc_DEF", "0f8fad5b-d9cb-469f-a165-70867728950e", "x"})
    void aSafeRequestIdFromTheClientIsKept(String sent) {
        given().header("Accept", "application/json").header(CorrelationId.HEADER, sent).contentType("application/json")
                .body(json("{ nope }")).when().post("/graphql").then()
                .header(CorrelationId.HEADER, sent)
                .body("errors[0].extensions.correlationId", equalTo(sent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "<script>alert(1)</script>", "semi;colon", "quote\"d", "", "\u00e9t\u00e9"})
    void anUnsafeRequestIdIsReplaced(String sent) {
        Response r = given().header("Accept", "application/json").header(CorrelationId.HEADER, sent).contentType("application/json")
                .body(json("{ nope }")).when().post("/graphql");
        assertThat(r.header(CorrelationId.HEADER), matchesPattern(UUID));
        r.then().body("errors[0].extensions.correlationId", equalTo(r.header(CorrelationId.HEADER)));
    }

    @Test
    void aRequestIdLongerThan64CharactersIsReplaced() {
        String sent = "a".repeat(65);
        Response r = given().header("Accept", "application/json").header(CorrelationId.HEADER, sent).contentType("application/json")
                .body(json("{ __typename }")).when().post("/graphql");
        assertThat(r.header(CorrelationId.HEADER), matchesPattern(UUID));
        String ok = "a".repeat(64);
        given().header("Accept", "application/json").header(CorrelationId.HEADER, ok).contentType("application/json")
                .body(json("{ __typename }")).when().post("/graphql").then().header(CorrelationId.HEADER, ok);
    }

    @Test
    void clientErrorsAreNotLoggedAsProblems() {
        try (LogCapture smallrye = new LogCapture("io.smallrye.graphql"); LogCapture graphqlJava = new LogCapture("graphql");
                LogCapture accord = new LogCapture("org.accord")) {
            for (String query : new String[] {
                    "{ actor(id: \"not-an-id\") { name } }", // BAD_USER_INPUT from a resolver
                    "{ actors(first: 1000) { totalCount } }", // LIMIT_EXCEEDED from a resolver
                    "{ events(filter: {from: \"2023-13\"}) { totalCount } }", // an invalid date
                    "{ nope }", // validation
                    "{ " + "__typename ".repeat(21) + "}"}) { // a limit before validation
                given().header("Accept", "application/json").contentType("application/json").body(json(query))
                        .when().post("/graphql").then().statusCode(200).body("errors", notNullValue());
            }
            for (LogCapture log : List.of(smallrye, graphqlJava, accord)) {
                for (LogRecord r : log.records()) {
                    assertThat(r.getLevel() + " " + r.getLoggerName() + ": " + LogCapture.message(r),
                            r.getLevel().intValue(), lessThan(Level.INFO.intValue()));
                }
            }
        }
    }
}
