package org.accord.process;

import java.util.List;
import org.accord.graphql.Connections;
import org.accord.graphql.Nodes;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Where;
import org.accord.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ProcessApi {

    @Query
    @Description("The process with this id, or null.")
    public Process process(@NonNull @Id @Description("A Process id.") String id) {
        return Nodes.find(Process.class, id);
    }

    @Query
    @NonNull
    @Description("All processes, by name.")
    public ProcessConnection processes(
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return Connections.query(Process.class, Where.all(), Ordering.byText("e.name", p -> p.name),
                Page.of(first, after, last, before), ProcessConnection::new);
    }

    @NonNull
    @Description("The sources that report this process.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Process> processes) {
        return Citation.of(processes);
    }
}
