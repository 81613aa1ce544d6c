package org.accord.live;

import static org.accord.live.LiveFixtures.event;
import static org.accord.live.LiveFixtures.pk;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The tailer hands each committed outbox entry to the listeners of this instance, in commit
 * order and once: woken by the commits of this instance, and by its poll for the commits of
 * another instance on the same database (simulated here by writing the outbox directly).
 */
@QuarkusTest
public class OutboxTailerTest {

    private static final String CREATE_EVENT = "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }";

    @Inject
    OutboxTailer tailer;

    @Inject
    EntityManager em;



    @Test
    void aListenerGetsEveryEntryCommittedAfterItsPositionInOrderAndOnce() throws Exception {
        String process = process(unique("Tailed process"));
        BlockingQueue<OutboxEntry> received = new LinkedBlockingQueue<>();
        Consumer<OutboxEntry> listener = e -> {
            if (Objects.equals(e.processId(), pk(process))) {
                received.add(e);
            }
        };
        long from = tailer.register(listener);
        try {
            String first = event(process);
            error("BAD_USER_INPUT", CREATE_EVENT, "in", map("kind", "MEETING", "status", "HELD", "title", unique("Refused"), "start", "1996-01",
                    "process", process, "participants", List.of(map("actor", process, "role", "PARTY"))));
            String second = event(process);
            String third = event(process);

            List<OutboxEntry> got = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                OutboxEntry entry = received.poll(10, TimeUnit.SECONDS);
                assertNotNull(entry, "entry " + i + " arrives");
                got.add(entry);
            }
            assertEquals(List.of(pk(first), pk(second), pk(third)), got.stream().map(OutboxEntry::itemId).toList());
            assertTrue(got.get(0).position() > from && got.get(0).position() < got.get(1).position() && got.get(1).position() < got.get(2).position(),
                    got::toString);
            assertNull(received.poll(500, TimeUnit.MILLISECONDS), "nothing more: the refused write sent nothing, and nothing came twice");
        } finally {
            tailer.unregister(listener);
        }
    }

    @Test
    void entriesCommittedByAnotherInstanceArriveThroughThePoll() throws Exception {
        long process = -System.nanoTime(); // no such process: only this test's entry carries it
        BlockingQueue<OutboxEntry> received = new LinkedBlockingQueue<>();
        Consumer<OutboxEntry> listener = e -> {
            if (Objects.equals(e.processId(), process)) {
                received.add(e);
            }
        };
        tailer.register(listener);
        try {
            // as another instance's OutboxBatch does, without waking this instance's tailer
            long position = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("update timeline_outbox_head set position = position + 1 where id = 1").executeUpdate();
                long p = ((Number) em.createNativeQuery("select position from timeline_outbox_head where id = 1").getSingleResult()).longValue();
                em.createNativeQuery("insert into timeline_outbox (position, ordinal, item_type, item_id, process_id, commitment_id, committed_at)"
                        + " values (:p, 0, 'Event', 1, :process, null, current_timestamp)").setParameter("p", p).setParameter("process", process)
                        .executeUpdate();
                return p;
            });
            OutboxEntry entry = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(entry, "read by the poll");
            assertEquals(position, entry.position());
        } finally {
            tailer.unregister(listener);
        }
    }
}
