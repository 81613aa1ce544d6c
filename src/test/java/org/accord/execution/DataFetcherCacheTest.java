package org.accord.execution;

import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * SmallRye asks for a data fetcher for each batch operation its model lists, on every request
 * (one since {@link LazyDataLoaders}); after the first request, each comes from
 * {@link DataFetcherCache} and none is made again.
 */
@QuarkusTest
class DataFetcherCacheTest {

    @Test
    void requestsReuseTheDataFetchers() {
        data("{ __typename }");
        long[] before = DataFetcherCache.counts();
        data("{ __typename }");
        data("{ actors(first: 2) { nodes { name names { value } } } }");
        long[] after = DataFetcherCache.counts();
        assertTrue(after[1] - before[1] >= 2, "SmallRye asked the cache " + (after[1] - before[1]) + " times in two requests");
        assertEquals(before[0], after[0], "data fetchers were made again");
    }
}
