package org.accord.search;

import org.accord.graphql.Edge;
import org.accord.graphql.SearchResult;
import org.eclipse.microprofile.graphql.Description;

@Description("A search result in a page, with its cursor.")
public class SearchResultEdge extends Edge<SearchResult> {
    SearchResultEdge(String cursor, SearchResult node) {
        super(cursor, node);
    }
}
