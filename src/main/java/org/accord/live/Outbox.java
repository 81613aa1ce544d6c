package org.accord.live;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.accord.graphql.LiveCursor;

/**
 * Reads the outbox (migration V15) with plain JDBC, outside any transaction of the application:
 * the tailer reads it on its own thread. Since positions become visible in commit order, a read
 * of the rows after a position sees a prefix of what will ever be there.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    AgroalDataSource dataSource;

    /**
     * The first position the outbox still holds entries of: what is before it was pruned. A
     * subscriber whose cursor lies before it cannot be told what it missed.
     */
    public long oldestKept() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select min(position) from timeline_outbox");
                ResultSet r = s.executeQuery()) {
            r.next();
            long min = r.getLong(1);
            return r.wasNull() ? head() + 1 : min;
        }
    }

    /**
     * Deletes the entries of transactions committed before {@code before}, whole transactions at a
     * time, looking at the oldest {@code limit} rows only; returns how many rows went. The rows are
     * read in position order, through the primary key: positions follow commit order, so the old
     * rows come first, and a call that finds none reads {@code limit} rows, however large the outbox.
     */
    public int prune(OffsetDateTime before, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from timeline_outbox where position <= (select max(p.position) from"
                        + " (select position, committed_at from timeline_outbox order by position fetch first " + limit + " rows only) p"
                        + " where p.committed_at < ?)")) {
            s.setObject(1, before);
            return s.executeUpdate();
        }
    }

    /** The last position taken by a committed transaction. */
    public long head() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select position from timeline_outbox_head where id = 1");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Up to {@code limit} entries that pass {@code filter}, after {@code after} and at most at
     * position {@code upTo}, in commit order: a page of what a subscriber missed.
     */
    public List<OutboxEntry> between(OutboxFilter filter, LiveCursor after, long upTo, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select position, ordinal, item_type, item_id, process_id, commitment_id"
                        + " from timeline_outbox where position <= ? and (position > ? or position = ? and ordinal > ?)" + filter.sql()
                        + " order by position, ordinal fetch first " + limit + " rows only")) {
            s.setLong(1, upTo);
            s.setLong(2, after.position());
            s.setLong(3, after.position());
            s.setInt(4, after.ordinal());
            List<Object> values = filter.values();
            for (int i = 0; i < values.size(); i++) {
                s.setObject(5 + i, values.get(i));
            }
            return read(s);
        }
    }

    /**
     * The entries of the next {@code transactions} positions after {@code position}, in commit
     * order. Whole transactions, never part of one: a reader goes on from the last position read.
     */
    public List<OutboxEntry> after(long position, int transactions) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select position, ordinal, item_type, item_id, process_id, commitment_id"
                        + " from timeline_outbox where position > ? and position <= ? order by position, ordinal")) {
            s.setLong(1, position);
            s.setLong(2, position + transactions);
            return read(s);
        }
    }

    private static List<OutboxEntry> read(PreparedStatement s) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries.add(new OutboxEntry(r.getLong(1), r.getInt(2), r.getString(3), r.getLong(4),
                        r.getObject(5, Long.class), r.getObject(6, Long.class)));
            }
        }
        return entries;
    }
}
