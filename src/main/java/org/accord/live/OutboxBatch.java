package org.accord.live;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.event.Event;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.TimelineItem;
import org.accord.statement.Statement;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * The timeline items one transaction recorded, appended to the outbox under one new position just
 * before it commits: after Hibernate's last flush, inside the transaction, so the rows commit or
 * roll back with the items. Taking the position locks the head row until the commit, which puts
 * positions in commit order without gaps (migration V15). A failure here fails the commit.
 */
final class OutboxBatch implements BeforeCompletionCallback, AfterCompletionCallback {

    private final List<TimelineItem> items = new ArrayList<>();
    /** Run once the transaction has committed: tells this instance's tailer to read. */
    private final Runnable committed;

    OutboxBatch(Runnable committed) {
        this.committed = committed;
    }

    void add(TimelineItem item) {
        items.add(item);
    }

    @Override
    public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
        session.createNativeMutationQuery("update timeline_outbox_head set position = position + 1 where id = 1").executeUpdate();
        long position = ((Number) session.createNativeQuery("select position from timeline_outbox_head where id = 1", Long.class)
                .getSingleResult()).longValue();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into timeline_outbox"
                    + " (position, ordinal, item_type, item_id, process_id, commitment_id, committed_at) values (?, ?, ?, ?, ?, ?, current_timestamp)")) {
                for (int i = 0; i < items.size(); i++) {
                    AccordEntity entity = (AccordEntity) items.get(i);
                    insert.setLong(1, position);
                    insert.setInt(2, i);
                    insert.setString(3, entity.typeName());
                    insert.setLong(4, entity.pk);
                    insert.setObject(5, processOf(items.get(i)), Types.BIGINT);
                    insert.setObject(6, items.get(i) instanceof CommitmentStatusChange c ? c.commitmentId : null, Types.BIGINT);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
        if (success) {
            committed.run();
        }
    }

    private static Long processOf(TimelineItem item) {
        if (item instanceof Event e) {
            return e.processId;
        }
        if (item instanceof Statement s) {
            return s.processId;
        }
        return ((CommitmentStatusChange) item).processId;
    }
}
