package org.accord.event;

import java.util.Objects;
import java.util.stream.Stream;
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
    public static final Ordering<Event> CHRONOLOGICAL = Ordering.byDate("e.start.earliest", e -> e.start.getEarliest());

    @Query
    @Description("The event with this id, or null.")
    public Event event(@NonNull @Id @Description("An Event id.") String id) {
        return Nodes.find(Event.class, Event.TYPE, id);
    }

    @Query
    @NonNull
    @Description("Events matching the filter, in time order (earliest possible start, then id).")
    public EventConnection events(
            @Description("Criteria the events must meet.") EventFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        EventFilter f = filter == null ? new EventFilter() : filter;
        Where where = Where.all()
                .and("e.kind = :kind", "kind", f.kind)
                .and("e.status = :status", "status", f.status)
                .and("e.processId = :process", "process", GlobalId.decodeNullable(f.process, Process.TYPE))
                .and("e.placeId = :place", "place", GlobalId.decodeNullable(f.place, Place.TYPE))
                .and("coalesce(e.end.latest, e.start.latest) >= :from", "from", f.from)
                .and("e.start.earliest <= :to", "to", f.to);
        Long actor = GlobalId.decodeNullable(f.actor, Actor.TYPE);
        if (actor != null || f.role != null) {
            // "in (select ...)", not "exists": H2 then starts from the actor's participations
            // (an index) instead of scanning every event in the date range and probing each.
            String byActor = actor == null ? null : "p.actorId = :actor";
            String byRole = f.role == null ? null : "p.role = :role";
            where = where.and("e.pk in (select p.eventId from Participation p where "
                    + String.join(" and ", Stream.of(byActor, byRole).filter(Objects::nonNull).toList()) + ")");
            where = actor == null ? where : where.param("actor", actor);
            where = f.role == null ? where : where.param("role", f.role);
        }
        return Connections.query(Event.class, where, CHRONOLOGICAL, Page.of(first, after, last, before), EventConnection::new);
    }
}
