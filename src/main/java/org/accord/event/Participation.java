package org.accord.event;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
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
     * Copies of the event's kind and start (earliest day): with them an actor's events of one role
     * are paged and counted from one index of this table (V6 migration, Actor.mediatedEvents).
     * Set by {@link #follow}, kept equal by {@link #eventChanged}.
     */
    @Ignore
    @Enumerated(EnumType.STRING)
    public EventKind eventKind;

    @Ignore
    public LocalDate eventStartEarliest;

    /** Links this participation to {@code event}, copying what the index orders by. */
    public void follow(Event event) {
        eventId = event.pk;
        eventKind = event.kind;
        eventStartEarliest = event.start.getEarliest();
    }

    /** Brings the copies on the event's participations up to date after the event changed. */
    public static void eventChanged(Event event) {
        Panache.getEntityManager()
                .createQuery("update Participation p set p.eventKind = :kind, p.eventStartEarliest = :start"
                        + " where p.eventId = :id and (p.eventKind <> :kind or p.eventStartEarliest <> :start)")
                .setParameter("kind", event.kind).setParameter("start", event.start.getEarliest()).setParameter("id", event.pk)
                .executeUpdate();
    }

    @Override
    protected String typeName() {
        return TYPE;
    }
}
