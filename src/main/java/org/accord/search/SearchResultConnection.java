package org.accord.search;

import org.accord.graphql.Connection;
import org.accord.graphql.SearchResult;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of search results, best matches first.")
public class SearchResultConnection extends Connection<SearchResult, SearchResultEdge> {

    boolean totalCountIsExact = true;

    @Override
    protected SearchResultEdge edge(String cursor, SearchResult node) {
        return new SearchResultEdge(cursor, node);
    }

    @Override
    @Description("How many records match, counted up to a limit (`accord.limits.search-count`, 100 unless the server sets another): when more match, this is the limit and `totalCountIsExact` is false.")
    public int getTotalCount() {
        return super.getTotalCount();
    }

    @Description("False when more records match than `totalCount`, because counting stopped at its limit.")
    public boolean getTotalCountIsExact() {
        return totalCountIsExact;
    }
}
