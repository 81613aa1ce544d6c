package org.accord.event;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("An actor's part in an event: its role, and whether it attended.")
public class Participation extends AccordEntity implements Node {

    public static final String TYPE = "Participation";

    @Ignore
    public Long eventId;

    @Ignore
    public Long actorId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The actor's role in the event.")
    public ParticipationRole role;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the actor attended, declined or was only invited.")
    public Attendance attendance;

    /**
     * Copies of the event's kind, start (earliest day) and end (latest day its dates reach): with
     * them an actor's events are paged and counted from indexes of this table, without reading
     * the events (V6 and V7 migrations: Actor.mediatedEvents, events(filter: {actor, from, to})).
     * Set by {@link #follow}, kept equal by {@link #eventChanged}.
     */
    @Ignore
    @Enumerated(EnumType.STRING)
    public EventKind eventKind;

    @Ignore
    public LocalDate eventStartEarliest;

    @Ignore
    public LocalDate eventEndLatest;

    /** Links this participation to {@code event}, copying what the index orders by. */
    public void follow(Event event) {
        eventId = event.pk;
        eventKind = event.kind;
        eventStartEarliest = firstDay(event);
        eventEndLatest = lastDay(event);
    }

    /** Brings the copies on the event's participations up to date after the event changed. */
    public static void eventChanged(Event event) {
        Panache.getEntityManager()
                .createQuery("update Participation p set p.eventKind = :kind, p.eventStartEarliest = :start, p.eventEndLatest = :end"
                        + " where p.eventId = :id and (p.eventKind <> :kind or p.eventStartEarliest is distinct from :start or p.eventEndLatest is distinct from :end)")
                .setParameter("kind", event.kind).setParameter("start", firstDay(event)).setParameter("end", lastDay(event))
                .setParameter("id", event.pk)
                .executeUpdate();
    }

    /** The first day the event's dates reach; null when it is undated. */
    private static LocalDate firstDay(Event event) {
        return event.start == null ? null : event.start.getEarliest();
    }

    /** The last day the event's dates reach: its end's latest day, or its start's when it has no end; null when it is undated. */
    private static LocalDate lastDay(Event event) {
        return event.end != null ? event.end.getLatest() : event.start == null ? null : event.start.getLatest();
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
