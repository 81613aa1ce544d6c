package org.accord.live;

import static org.accord.live.LiveFixtures.event;
import static org.accord.live.LiveFixtures.pk;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.process;
import static org.accord.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.LiveCursor;
import org.junit.jupiter.api.Test;

/**
 * A feed replays what its subscriber missed after a cursor, then goes on live, with no gap and
 * nothing twice: also while other transactions commit during the replay.
 */
@QuarkusTest
public class OutboxFeedTest {

    @Inject
    OutboxTailer tailer;

    @Inject
    Outbox outbox;



    private static List<OutboxEntry> take(BlockingQueue<OutboxEntry> queue, int n) throws InterruptedException {
        List<OutboxEntry> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OutboxEntry entry = queue.poll(10, TimeUnit.SECONDS);
            assertNotNull(entry, "entry " + i + " of " + n + " arrives; got " + got);
            got.add(entry);
        }
        return got;
    }

    @Test
    void aReconnectingSubscriberGetsWhatItMissedThenLiveEntriesEachOnce() throws Exception {
        String process = process(unique("Fed process"));
        OutboxFilter filter = new OutboxFilter(null, pk(process), null);
        BlockingQueue<OutboxEntry> first = new LinkedBlockingQueue<>();
        LiveCursor seen;
        try (OutboxFeed feed = OutboxFeed.open(tailer, outbox, filter, null, first::add)) {
            String e1 = event(process);
            OutboxEntry entry = take(first, 1).get(0);
            assertEquals(pk(e1), entry.itemId());
            seen = entry.cursor();
        }
        // written while the subscriber is away
        String e2 = event(process);
        String e3 = event(process);

        BlockingQueue<OutboxEntry> second = new LinkedBlockingQueue<>();
        try (OutboxFeed feed = OutboxFeed.open(tailer, outbox, filter, seen, second::add)) {
            String e4 = event(process);
            List<OutboxEntry> got = take(second, 3);
            assertEquals(List.of(pk(e2), pk(e3), pk(e4)), got.stream().map(OutboxEntry::itemId).toList(), "missed, then live");
            assertNull(second.poll(500, TimeUnit.MILLISECONDS), "nothing twice");
        }
    }

    @Test
    void writesDuringTheReplayAreNeitherLostNorRepeated() throws Exception {
        String process = process(unique("Busy fed process"));
        OutboxFilter filter = new OutboxFilter(null, pk(process), null);
        BlockingQueue<OutboxEntry> probe = new LinkedBlockingQueue<>();
        LiveCursor start;
        try (OutboxFeed feed = OutboxFeed.open(tailer, outbox, filter, null, probe::add)) {
            event(process);
            start = take(probe, 1).get(0).cursor();
        }
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            before.add(pk(event(process)));
        }
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<String>> during = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            during.add(writers.submit(() -> event(process)));
        }
        BlockingQueue<OutboxEntry> received = new LinkedBlockingQueue<>();
        try (OutboxFeed feed = OutboxFeed.open(tailer, outbox, filter, start, received::add)) {
            List<Long> all = new ArrayList<>(before);
            for (Future<String> f : during) {
                all.add(pk(f.get()));
            }
            writers.shutdown();
            List<OutboxEntry> got = take(received, all.size());
            assertEquals(all.stream().sorted().toList(), got.stream().map(OutboxEntry::itemId).sorted().toList(), "each event once");
            for (int i = 1; i < got.size(); i++) {
                assertTrue(got.get(i - 1).cursor().compareTo(got.get(i).cursor()) < 0, "in commit order: " + got);
            }
            assertNull(received.poll(500, TimeUnit.MILLISECONDS), "nothing more");
        }
    }

    @Test
    void pruningKeepsNewerTransactionsAndACursorBeforeWhatWasPrunedIsRefused() throws Exception {
        String process = process(unique("Pruned process"));
        OutboxFilter filter = new OutboxFilter(null, pk(process), null);
        BlockingQueue<OutboxEntry> received = new LinkedBlockingQueue<>();
        LiveCursor old;
        OutboxEntry kept;
        try (OutboxFeed feed = OutboxFeed.open(tailer, outbox, filter, null, received::add)) {
            event(process);
            old = take(received, 1).get(0).cursor();
            event(process);
            take(received, 1);
            Thread.sleep(1100);
            OffsetDateTime cut = OffsetDateTime.now(ZoneOffset.UTC);
            Thread.sleep(1100);
            event(process);
            kept = take(received, 1).get(0);
            while (outbox.prune(cut, 2) > 0) {
                // in batches of two transactions, as the tailer prunes in batches
            }
        }
        assertEquals(kept.position(), outbox.oldestKept(), "everything committed before the cut is gone, the rest kept");
        BadUserInputException refused = assertThrows(BadUserInputException.class, () -> OutboxFeed.requireKept(outbox, old));
        assertTrue(refused.getMessage().contains("accord.live.retention"), refused.getMessage());
        OutboxFeed.requireKept(outbox, new LiveCursor(kept.position() - 1, Integer.MAX_VALUE)); // just before what is kept: fine
    }
}
