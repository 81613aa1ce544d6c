package org.accord.persisted;

import static org.accord.persisted.PersistedQueriesTest.hashOnly;
import static org.accord.persisted.PersistedQueriesTest.stored;
import static org.accord.persisted.PersistedQueriesTest.uniqueQuery;
import static org.accord.persisted.PersistedQueriesTest.withQuery;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import org.accord.TightLimitsTest;
import org.junit.jupiter.api.Test;

/**
 * The store's bounds, in the tight-limits profile: at most 3 documents in the database (the least
 * recently used go first), 2 in each instance's memory, each at most 1 KiB.
 */
@QuarkusTest
@TestProfile(TightLimitsTest.TightLimits.class)
class PersistedQueryBoundsTest {

    @Test
    void theTableKeepsTheMostRecentlyUsedDocuments() {
        QuarkusTransaction.requiringNew().run(() -> PersistedQuery.deleteAll());
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String query = uniqueQuery();
            String hash = PersistedDocuments.sha256(query);
            withQuery(query, hash).statusCode(200);
            hashes.add(hash);
        }
        long count = QuarkusTransaction.requiringNew().call(() -> PersistedQuery.count());
        assertEquals(3L, count);
        assertNull(stored(hashes.get(0)));
        assertNull(stored(hashes.get(1)));
        for (String kept : hashes.subList(2, 5)) {
            assertNotNull(stored(kept));
        }
        // the evicted ones are gone from memory too (only 2 fit there): their clients register them again
        hashOnly(hashes.get(0)).statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aDocumentOverTheSizeLimitRunsButIsNotKept() {
        String query = "{ a" + "b".repeat(1100) + ": __typename }";
        String hash = PersistedDocuments.sha256(query);
        withQuery(query, hash).statusCode(200).body("data.a" + "b".repeat(1100), equalTo("Query"));
        assertNull(stored(hash));
    }
}
