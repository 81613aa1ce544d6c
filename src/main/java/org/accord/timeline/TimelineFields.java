package org.accord.timeline;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.event.Event;
import org.accord.event.EventApi;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.ArgumentBatch;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Connections;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.PartialDate;
import org.accord.graphql.TimelineItem;
import org.accord.process.Process;
import org.accord.statement.Statement;
import org.accord.statement.StatementApi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * {@code Process.timeline}: a process's events, statements and commitment status changes in one
 * list. It has a package of its own because it reads all three, and none of them should know the
 * others.
 */
@GraphQLApi
public class TimelineFields {

    /** Timeline order: the first day an entry can date from, then id (unique across tables); undated entries last. */
    static final Ordering<TimelineItem> TIMELINE = Ordering.byDate("date", item -> dateOf(item) == null ? null : dateOf(item).getEarliest(), item -> ((AccordEntity) item).pk);

    /** Status changes in timeline order, for the SQL paging of the timeline. */
    static final Ordering<CommitmentStatusChange> STATUS_CHANGES = Ordering.byDate("e.date.earliest", c -> c.date.getEarliest());

    @Inject
    Context context;

    /** The entry's date; null for an undated event or statement. */
    static PartialDate dateOf(TimelineItem item) {
        if (item instanceof Event e) {
            return e.start;
        }
        if (item instanceof Statement s) {
            return s.date;
        }
        return ((CommitmentStatusChange) item).date;
    }

    @NonNull
    @Description("The process's events, statements and commitment status changes in one list, in date order (earliest possible date, then id), undated events and statements last. With `from`/`to`, only entries whose dates overlap that range, never undated ones.")
    public CompletionStage<TimelineConnection> timeline(@Source Process process,
            @Description("Only entries whose dates reach this day or later.") LocalDate from,
            @Description("Only entries whose dates reach this day or earlier.") LocalDate to,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("Argument 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return ArgumentBatch.load(context, "Process.timeline", process, new TimelineArgs(from, to, Page.of(first, after, last, before)), (processes, args) -> {
            Map<String, Object> params = new HashMap<>();
            if (args.from() != null) {
                params.put("from", args.from());
            }
            if (args.to() != null) {
                params.put("to", args.to());
            }
            // Each type's first page per process, paged in SQL (a process may have thousands of
            // entries): the merged page is among them, and the totals add up. Status changes
            // carry a copy of their commitment's process (V8), so all three page from an index.
            Connections.Window rows = Connections.window(processes, "e.processId", "from Event e where any_equals(:ids, e.processId)"
                    + overlap(args, "e.start.earliest", "coalesce(e.end.latest, e.start.latest)"), params, Event.class, EventApi.CHRONOLOGICAL, args.page())
                    .plus(Connections.window(processes, "e.processId", "from Statement e where any_equals(:ids, e.processId)"
                    + overlap(args, "e.date.earliest", "e.date.latest"), params, Statement.class, StatementApi.CHRONOLOGICAL, args.page()))
                    .plus(Connections.window(processes, "e.processId", "from CommitmentStatusChange e where any_equals(:ids, e.processId)"
                    + overlap(args, "e.date.earliest", "e.date.latest"), params, CommitmentStatusChange.class,
                    STATUS_CHANGES, args.page()));
            return Connections.perParent(processes, rows, TIMELINE, args.page(), TimelineConnection::new);
        });
    }

    /** Conditions for an entry dated [earliest, latest] to overlap the range [:from, :to]. */
    private static String overlap(TimelineArgs args, String earliest, String latest) {
        return (args.from() == null ? "" : " and " + latest + " >= :from") + (args.to() == null ? "" : " and " + earliest + " <= :to");
    }

    private record TimelineArgs(LocalDate from, LocalDate to, Page page) {
    }
}
