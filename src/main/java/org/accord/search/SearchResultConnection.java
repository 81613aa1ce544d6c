package org.accord.search;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of search results, best matches first.")
public class SearchResultConnection extends Connection<SearchResult, SearchResultEdge> {
    @Override
    protected SearchResultEdge edge(String cursor, SearchResult node) {
        return new SearchResultEdge(cursor, node);
    }
}
