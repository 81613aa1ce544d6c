package org.accord.persisted;

import static org.accord.persisted.PersistedQueriesTest.GRAPHQL_RESPONSE;
import static org.accord.persisted.PersistedQueriesTest.hashOnly;
import static org.accord.persisted.PersistedQueriesTest.post;
import static org.accord.persisted.PersistedQueriesTest.stored;
import static org.accord.persisted.PersistedQueriesTest.uniqueQuery;
import static org.accord.persisted.PersistedQueriesTest.withQuery;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code accord.trusted-documents.only=true} with three manifests, one of each format Accord reads:
 * graphql-codegen's (SHA-256 ids), relay-compiler's (MD5 ids) and Apollo's. Their operations run by
 * id or by their exact text; any other document is PERSISTED_QUERY_NOT_IN_LIST, and nothing is
 * registered.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.OnlyTrusted.class)
class TrustedDocumentsTest {

    static final String DIR = "src/test/resources/trusted-documents/";
    static final String CODEGEN_ID = "71748999b69878f3285dc3d701dbd84de821ff2aefad606a23b8e525b0ade7fe";
    /** Written as codegen writes ids by default, "sha256:" and the hash. */
    static final String PREFIXED_ID = "cec785d000fdd0bc616b1ef8316abf02d3fd3fc530a42745dbb7702f2360b6dd";
    static final String RELAY_ID = "fdfc06ad70257507e785a886ea8c725b";

    public static class OnlyTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.trusted-documents.only", "true",
                    "accord.trusted-documents.manifests", DIR + "codegen.json," + DIR + "relay.json," + DIR + "apollo.json,"
                            + DIR + "codegen-prefixed.json");
        }
    }

    @Test
    void trustedOperationsRunByHashByIdAndByText() {
        hashOnly(CODEGEN_ID).statusCode(200).body("data.processes.nodes", hasSize(1));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"sha256:" + CODEGEN_ID + "\"}").statusCode(200)
                .body("data.processes.nodes", hasSize(1));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"" + RELAY_ID + "\", \"variables\": {\"name\": \"Baku\"}}").statusCode(200)
                .body("data.resolveActors[0].name", equalTo("Government of Azerbaijan"));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"typename-1\"}").statusCode(200).body("data.__typename", equalTo("Query"));
        // the exact text of a trusted operation runs too (a client without the persisted link)
        post(GRAPHQL_RESPONSE, "{\"query\": \"query TrustedTypename { __typename }\"}").statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }

    /** Apollo's link sends a bare hash; the manifest may carry codegen's "sha256:" prefix, in either case. */
    @Test
    void aPrefixedManifestIdAnswersTheBareHash() {
        hashOnly(PREFIXED_ID).statusCode(200).body("data.actors.nodes", hasSize(2));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"sha256:" + PREFIXED_ID + "\"}").statusCode(200)
                .body("data.actors.nodes", hasSize(2));
        post(GRAPHQL_RESPONSE, "{\"documentId\": \"" + PREFIXED_ID.toUpperCase() + "\"}").statusCode(200)
                .body("data.actors.nodes", hasSize(2));
        hashOnly(CODEGEN_ID.toUpperCase()).statusCode(200).body("data.processes.nodes", hasSize(1));
    }

    @Test
    void anyOtherDocumentIsRefused() {
        for (String query : new String[] {"{ __typename }", "query TrustedTypename { __typename  }",
                "{ __schema { queryType { name } } }"}) {
            post(GRAPHQL_RESPONSE, "{\"query\": \"" + query + "\"}").statusCode(400)
                    .body("data", equalTo(null)).body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        }
        post("application/json", "{\"query\": \"{ __typename }\"}").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
    }

    /** Apollo's link: the unknown hash first, then hash and query, which is still refused and not kept. */
    @Test
    void registrationIsRefused() {
        String query = uniqueQuery();
        String hash = PersistedDocuments.sha256(query);
        hashOnly(hash).statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        withQuery(query, hash).statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        assertNull(stored(hash));
        hashOnly(hash).statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aManifestThatIsNotAMapOfDocumentsIsRefusedByName() throws IOException {
        Path bad = Files.createTempFile("manifest", ".json");
        Files.writeString(bad, "{\"abc\": 5}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TrustedDocuments.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e::getMessage);
        Files.writeString(bad, "[1, 2]");
        assertThrows(IllegalStateException.class, () -> TrustedDocuments.read(bad));
        assertEquals(1, TrustedDocuments.read(Path.of(DIR + "apollo.json")).size());
        Files.writeString(bad, "{\"format\": \"apollo-persisted-query-manifest\", \"operations\": [{\"id\": \"a\"}]}");
        e = assertThrows(IllegalStateException.class, () -> TrustedDocuments.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e::getMessage);
    }
}
