package org.accord.event;

import org.accord.actor.Actor;
import org.accord.graphql.Connections;
import org.accord.graphql.GlobalId;
import org.accord.graphql.Nodes;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Where;
import org.accord.place.Place;
import org.accord.process.Process;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Root queries for events. */
@GraphQLApi
public class EventApi {

    /** Events in time order: by the first day they can have begun, then by id. */
    public static final Ordering<Event> CHRONOLOGICAL = Ordering.byDate("e.start.earliest", e -> e.start == null ? null : e.start.getEarliest());

    /** The same order (same cursors) read from the copies of the event's start on participation {@code p}. */
    public static final Ordering<Event> BY_PARTICIPATION = CHRONOLOGICAL.readFrom("p.eventStartEarliest", "p.eventId");

    @Query
    @Description("The event with this id, or null.")
    public Event event(@NonNull @Id @Description("An Event id.") String id) {
        return Nodes.find(Event.class, id);
    }

    @Query
    @NonNull
    @Description("Events matching the filter, in time order (earliest possible start, then id), undated events last.")
    public EventConnection events(
            @Description("Criteria the events must meet.") EventFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        EventFilter f = filter == null ? new EventFilter() : filter;
        Page page = Page.of(first, after, last, before);
        Long actor = GlobalId.decodeNullable(f.actor, Actor.TYPE);
        // An actor's events in a date range (thousands of events at scale, a few in the range)
        // from participation's index alone: its copies of each event's kind and dates.
        Where byActor = Where.all()
                .and("p.actorId = :actor", "actor", actor)
                .and("p.role = :role", "role", f.role)
                .and("p.eventKind = :kind", "kind", f.kind)
                .and("p.eventEndLatest >= :from", "from", f.from)
                .and("p.eventStartEarliest <= :to", "to", f.to);
        if (actor != null && f.status == null && f.process == null && f.place == null) {
            return Connections.queryThrough(Event.class, "Participation p", byActor, CHRONOLOGICAL, BY_PARTICIPATION, page, EventConnection::new);
        }
        Where where = Where.all()
                .and("e.kind = :kind", "kind", f.kind)
                .and("e.status = :status", "status", f.status)
                .and("e.processId = :process", "process", GlobalId.decodeNullable(f.process, Process.TYPE))
                .and("e.placeId = :place", "place", GlobalId.decodeNullable(f.place, Place.TYPE))
                .and("coalesce(e.end.latest, e.start.latest) >= :from", "from", f.from)
                .and("e.start.earliest <= :to", "to", f.to);
        if (actor != null || f.role != null) {
            // "in (select ...)", not "exists": H2 then starts from the participations (an index)
            // instead of scanning every event in the date range and probing each.
            where = where.andIn("e.pk", "p.eventId", "Participation p", byActor);
        }
        return Connections.query(Event.class, where, CHRONOLOGICAL, page, EventConnection::new);
    }
}
