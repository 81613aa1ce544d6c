package org.accord.live;

import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;

import org.accord.graphql.GlobalId;

/** What the outbox tests write and compare: events in a process, and database ids. */
final class LiveFixtures {

    private LiveFixtures() {
    }

    /** The database id a global id names. */
    static long pk(String id) {
        return GlobalId.decode(id).pk();
    }

    /** A new event in {@code process} (dated long before the seed, which other tests count on); its id. */
    static String event(String process) {
        return data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }", "in",
                map("kind", "MEETING", "status", "HELD", "title", unique("Outbox meeting"), "start", "1995-01", "process", process))
                .getString("createEvent.event.id");
    }
}
