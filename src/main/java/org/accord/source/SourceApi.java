package org.accord.source;

import java.util.List;
import org.accord.graphql.Batch;
import org.accord.graphql.Connections;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Where;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Sources and citations. ({@code @Source} is spelt out here: it would clash with the entity.) */
@GraphQLApi
public class SourceApi {

    @Query("sources")
    @NonNull
    @Description("All sources, in the order they were recorded.")
    public SourceConnection sources(
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return Connections.query(Source.class, Where.all(), Ordering.byId(), Page.of(first, after, last, before), SourceConnection::new);
    }

    @NonNull
    @Description("The source cited.")
    public List<Source> source(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        return Batch.toOne(citations, c -> c.sourceId, Source.class);
    }
}
