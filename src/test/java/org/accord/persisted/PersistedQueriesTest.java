package org.accord.persisted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Apollo's automatic persisted queries over HTTP, as Apollo's link speaks them: a hash alone first,
 * PERSISTED_QUERY_NOT_FOUND, then hash and query, which registers the query for every later request,
 * POST or GET. A query whose hash does not match is refused and never registered.
 */
@QuarkusTest
class PersistedQueriesTest {

    @Inject
    PersistedQueryStore.Settings settings;

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** A query no other test registers: its text carries a fresh alias. */
    static String uniqueQuery() {
        return "{ a" + UUID.randomUUID().toString().replace("-", "") + ": __typename }";
    }

    static String extension(String hash) {
        return "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
    }

    static ValidatableResponse post(String accept, String body) {
        return given().header("Accept", accept).contentType("application/json").body(body).when().post("/graphql").then();
    }

    static ValidatableResponse hashOnly(String hash) {
        return post(GRAPHQL_RESPONSE, "{\"extensions\": " + extension(hash) + "}");
    }

    static ValidatableResponse withQuery(String query, String hash) {
        return post(GRAPHQL_RESPONSE, "{\"query\": \"" + query + "\", \"extensions\": " + extension(hash) + "}");
    }

    static String stored(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PersistedQuery found = PersistedQuery.findById(hash);
            return found == null ? null : found.document;
        });
    }

    @Test
    void anUnknownHashIsNotFoundAndNeverCached() {
        String hash = PersistedDocuments.sha256(uniqueQuery());
        hashOnly(hash).statusCode(400).header("Cache-Control", "no-store")
                .body("data", equalTo(null))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                // exactly Apollo's words: urql's exchange retries only on this message
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.reason", startsWith("No document is registered as " + hash));
        // the GraphQL-over-HTTP spec's legacy type: 200, same error
        post("application/json", "{\"extensions\": " + extension(hash) + "}").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aQuerySentWithItsHashIsRegisteredForPostAndGet() {
        String query = uniqueQuery();
        String hash = PersistedDocuments.sha256(query);
        String alias = query.substring(2, query.indexOf(':'));
        hashOnly(hash).statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        withQuery(query, hash).statusCode(200).body("data." + alias, equalTo("Query"));
        assertEquals(query, stored(hash));

        hashOnly(hash).statusCode(200).body("data." + alias, equalTo("Query")).body("errors", equalTo(null));
        // graphql-codegen's ids carry a prefix, which Apollo's link sends as it is
        hashOnly("sha256:" + hash).statusCode(200).body("data." + alias, equalTo("Query"));
        // GET carries only the hash: a short URL, which a CDN can cache
        given().header("Accept", GRAPHQL_RESPONSE).queryParam("extensions", extension(hash))
                .when().get("/graphql").then().statusCode(200).body("data." + alias, equalTo("Query"));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndNothingIsRegistered() {
        String query = uniqueQuery();
        String otherHash = PersistedDocuments.sha256(uniqueQuery());
        withQuery(query, otherHash).statusCode(400)
                .body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", startsWith("The persisted query hash does not match the query"));
        assertNull(stored(otherHash));
        hashOnly(otherHash).statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    /** Apollo registers a query only once it validated; so does Accord: a broken query is not kept. */
    @Test
    void aQueryThatDoesNotValidateIsNotRegistered() {
        String query = "{ noSuchField" + UUID.randomUUID().toString().replace("-", "") + " }";
        String hash = PersistedDocuments.sha256(query);
        withQuery(query, hash).statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertNull(stored(hash));
    }

    @Test
    void documentIdNamesARegisteredQueryWithOrWithoutItsPrefix() {
        String query = uniqueQuery();
        String hash = PersistedDocuments.sha256(query);
        String alias = query.substring(2, query.indexOf(':'));
        withQuery(query, hash).statusCode(200);
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"sha256:" + hash + "\"}").statusCode(200).body("data." + alias, equalTo("Query"));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"" + hash + "\"}").statusCode(200).body("data." + alias, equalTo("Query"));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"sha256:" + PersistedDocuments.sha256(uniqueQuery()) + "\"}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void malformedPersistedQueryExtensionsAre400() {
        for (String extensions : new String[] {
            "{\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \"" + "a".repeat(64) + "\"}}",
            "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"xyz\"}}",
            "{\"persistedQuery\": {\"version\": 1}}",
            "{\"persistedQuery\": \"abc\"}"}) {
            post("application/json", "{\"extensions\": " + extensions + "}").statusCode(400)
                    .body("errors", hasSize(1)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        post("application/json", "{\"documentId\": \"" + "x".repeat(201) + "\"}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("application/json", "{\"variables\": {}}").statusCode(400)
                .body("errors[0].message", startsWith("The request has no \"query\" string"));
    }

    /**
     * A documentId is an id a build tool wrote: one with a NUL, a space or a non-ASCII character is
     * refused before any look-up (PostgreSQL would fail on the NUL), and one that is not a SHA-256
     * hash is not looked for among registered queries, which are kept by hash.
     */
    @Test
    void documentIdsAreIdsAndOnlyHashesAreLookedUpInTheStore() {
        for (String id : new String[] {"abc\\u0000", "two words", "caf\\u00e9", "\\ud800"}) {
            post(GRAPHQL_RESPONSE, "{\"documentId\": \"" + id + "\"}").statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", startsWith("\"documentId\" must be printable ASCII"));
        }
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"MyOperation-1\"}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    /** Instances that register one query at the same moment: one insert wins, and none fails. */
    @Test
    void concurrentRegistrationsOfOneQueryAllSucceed() throws Exception {
        String query = uniqueQuery();
        String hash = PersistedDocuments.sha256(query);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                // separate stores, each with an empty memory, as separate instances have
                done.add(pool.submit(() -> new PersistedQueryStore(settings).register(hash, query)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(query, stored(hash));
    }

    /** Registering is not a way around the rules: a mutation still needs its token. */
    @Test
    void aPersistedMutationStillNeedsAToken() {
        String mutation = "mutation { createProcess(input: {name: \\\"APQ " + UUID.randomUUID() + "\\\"}) { process { id } } }";
        String hash = PersistedDocuments.sha256(mutation.replace("\\\"", "\""));
        withQuery(mutation, hash).statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertNull(stored(hash));
    }
}
