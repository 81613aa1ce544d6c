package org.accord.live;

import static org.accord.live.LiveFixtures.event;
import static org.accord.live.LiveFixtures.pk;
import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The outbox of timeline items (migration V15, {@link OutboxBatch}): every committed event,
 * statement and status change once, under its transaction's position; positions without gaps, in
 * commit order, also under concurrent writers; nothing for a transaction that rolls back.
 */
@QuarkusTest
public class TimelineOutboxTest {

    private static final String CREATE_EVENT = "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }";

    @Inject
    EntityManager em;

    /** One outbox row. */
    record Row(long position, int ordinal, String type, long item, Long process, Long commitment) {
    }

    long head() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select position from timeline_outbox_head where id = 1")
                .getSingleResult()).longValue());
    }

    List<Row> rowsAfter(long position) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Row> rows = new ArrayList<>();
            for (Object o : em.createNativeQuery("select position, ordinal, item_type, item_id, process_id, commitment_id from timeline_outbox"
                    + " where position > :p order by position, ordinal").setParameter("p", position).getResultList()) {
                Object[] r = (Object[]) o;
                rows.add(new Row(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], ((Number) r[3]).longValue(),
                        r[4] == null ? null : ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue()));
            }
            return rows;
        });
    }



    @Test
    void eachCommittedTimelineItemIsAppendedUnderItsTransactionsPosition() {
        String process = process(unique("Outbox process"));
        String armenia = actor(unique("Armenia"));
        String src = source(unique("Outbox source"));
        long start = head();

        String event = event(process);
        var statement = data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id commitments { id } } } }", "in",
                map("kind", "CLAIM", "date", "1997-02", "process", process,
                        "commitments", List.of(map("kind", "OTHER", "description", "A promise.", "obligors", List.of(armenia)))));
        String commitment = statement.getString("createStatement.statement.commitments[0].id");
        data("mutation($in: RecordCommitmentStatusInput!) { recordCommitmentStatus(input: $in) { change { id } } }", "in",
                map("commitment", commitment, "expectedVersion", 0, "status", "FULFILLED", "date", "1997-03",
                        "citations", List.of(map("source", src, "excerpt", "Kept."))));

        List<Row> rows = rowsAfter(start);
        long p = pk(process);
        assertEquals(3, rows.size(), rows::toString);
        assertEquals(new Row(start + 1, 0, "Event", pk(event), p, null), rows.get(0));
        assertEquals(new Row(start + 2, 0, "Statement", pk(statement.getString("createStatement.statement.id")), p, null), rows.get(1),
                "the statement; its commitment is no timeline item");
        assertEquals(start + 3, rows.get(2).position());
        assertEquals("CommitmentStatusChange", rows.get(2).type());
        assertEquals(pk(commitment), rows.get(2).commitment());
        assertEquals(p, rows.get(2).process(), "a change carries its commitment's process");
        assertEquals(start + 3, head());
    }

    @Test
    void aWriteThatRollsBackAppendsNothing() {
        String process = process(unique("Rolled back"));
        long start = head();
        // the statement is persisted before its second commitment is refused: the transaction rolls back
        error("BAD_USER_INPUT", "mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }", "in",
                map("kind", "CLAIM", "date", "1997-02", "process", process,
                        "commitments", List.of(map("kind", "OTHER", "description", "A promise.", "obligors", List.of(process)))));
        error("BAD_USER_INPUT", CREATE_EVENT, "in", map("kind", "MEETING", "status", "HELD", "title", unique("Refused"), "start", "1997-01",
                "process", process, "participants", List.of(map("actor", process, "role", "PARTY"))));
        assertEquals(start, head(), "no position taken");
        assertEquals(List.of(), rowsAfter(start));
    }

    @Test
    void concurrentWritersGetPositionsWithoutGapsEachItemOnce() throws Exception {
        String process = process(unique("Concurrent outbox"));
        long start = head();
        int writers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            created.add(pool.submit(() -> event(process)));
        }
        Set<Long> events = new TreeSet<>();
        for (Future<String> f : created) {
            events.add(pk(f.get()));
        }
        pool.shutdown();

        List<Row> rows = rowsAfter(start);
        assertEquals(LongStream.rangeClosed(start + 1, start + writers).boxed().toList(), rows.stream().map(Row::position).toList(),
                "one position per transaction, gap-free");
        assertEquals(events, new TreeSet<>(rows.stream().map(Row::item).toList()), "each event once");
    }
}
