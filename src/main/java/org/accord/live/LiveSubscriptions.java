package org.accord.live;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.accord.commitment.Commitment;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.LiveCursor;
import org.accord.graphql.Nodes;
import org.accord.graphql.TimelineItem;
import org.accord.process.Process;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The subscriptions: what is committed, pushed to subscribers on every instance, in commit order
 * and once each ({@link OutboxFeed}). They are served over the graphql-transport-ws protocol on
 * {@code /graphql} (http.GraphQlWebSocket), with the access policy and limits of queries.
 */
@GraphQLApi
public class LiveSubscriptions {

    @Inject
    OutboxTailer tailer;

    @Inject
    Outbox outbox;

    @Inject
    Context context;

    @Query
    @NonNull
    @Description("The moment now, as a cursor for the subscriptions' `after`: read it before the data a page shows (in a request of its own, or as the first field of the same query), then subscribe after it; nothing committed in between is missed, and what both show comes twice, so keep the records by id.")
    public String liveCursor() {
        try {
            return LiveCursor.afterAllOf(outbox.head()).encode();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outbox failed: " + e.getMessage(), e);
        }
    }

    @Subscription
    @NonNull
    @Description("Each event, statement and commitment status change committed to this process's timeline, in commit order (which is not date order: a fact may be dated before those already listed). With `after`, first what was committed after that cursor, then live, with nothing missed or sent twice.")
    public Multi<@NonNull TimelineItemAdded> timelineItemAdded(
            @NonNull @Id @Description("A Process id.") String process,
            @Description("A `cursor` this subscription sent, or `liveCursor`: start after it. Without it, start now.") String after) {
        long processPk = Nodes.require(Process.class, process, "process").pk;
        LiveCursor from = kept(after);
        return LiveStream.of(context, tailer, outbox, new OutboxFilter(null, processPk, null), from,
                (record, cursor) -> new TimelineItemAdded((TimelineItem) record, cursor));
    }

    @Subscription
    @NonNull
    @Description("Each change of a commitment's status committed in this process or to this commitment (give at least one), in commit order. With `after`, first what was committed after that cursor, then live.")
    public Multi<@NonNull CommitmentStatusChanged> commitmentStatusChanged(
            @Id @Description("A Process id: only changes of its commitments.") String process,
            @Id @Description("A Commitment id: only its changes.") String commitment,
            @Description("A `cursor` this subscription sent, or `liveCursor`: start after it. Without it, start now.") String after) {
        if (process == null && commitment == null) {
            throw new BadUserInputException("Give `process` or `commitment` (or both): commitmentStatusChanged does not stream every change");
        }
        Long processPk = process == null ? null : Nodes.require(Process.class, process, "process").pk;
        Long commitmentPk = commitment == null ? null : Nodes.require(Commitment.class, commitment, "commitment").pk;
        LiveCursor from = kept(after);
        return LiveStream.of(context, tailer, outbox, new OutboxFilter(CommitmentStatusChange.TYPE, processPk, commitmentPk), from,
                (record, cursor) -> new CommitmentStatusChanged((CommitmentStatusChange) record, cursor));
    }

    /** The cursor {@code after} names, checked before the stream starts so that a refusal comes as an error; null for none. */
    private LiveCursor kept(String after) {
        if (after == null) {
            return null;
        }
        LiveCursor cursor = LiveCursor.decode(after, "after");
        try {
            OutboxFeed.requireKept(outbox, cursor);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outbox failed: " + e.getMessage(), e);
        }
        return cursor;
    }
}
