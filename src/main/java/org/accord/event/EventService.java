package org.accord.event;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.actor.Actor;
import org.accord.event.EventMutations.AddParticipantInput;
import org.accord.event.EventMutations.AddParticipantPayload;
import org.accord.event.EventMutations.CreateEventInput;
import org.accord.event.EventMutations.EventValues;
import org.accord.event.EventMutations.DeleteEventInput;
import org.accord.event.EventMutations.EventRelationInput;
import org.accord.event.EventMutations.ParticipantInput;
import org.accord.event.EventMutations.RemoveParticipantInput;
import org.accord.event.EventMutations.RemoveParticipantPayload;
import org.accord.event.EventMutations.UpdateEventInput;
import org.accord.event.EventMutations.UpdateParticipantInput;
import org.accord.graphql.Mutating;
import org.accord.graphql.Dependents;
import org.accord.graphql.Versions;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.ConflictException;
import org.accord.graphql.GlobalId;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.Nodes;
import org.accord.graphql.PartialDate;
import org.accord.place.Place;
import org.accord.process.Process;
import org.accord.source.Citations;

/**
 * Writes events and participations, one transaction per mutation.
 *
 * <p>An event owns its participations (with their citations), its relations to and from other
 * events, and its citations: deleteEvent deletes them. It is refused while statements were issued
 * at the event, commitments were made at it or are fulfilled by it, or events are part of it.
 */
@ApplicationScoped
@Mutating
public class EventService {

    /** What other packages record with a new event (the commitment package: the commitments it kept). */
    @Inject
    jakarta.enterprise.event.Event<EventRecorded> recorded;

    // ---- events ----------------------------------------------------------------------------------

    public Event createEvent(CreateEventInput input) {
        Event saved = save(new Event(), input);
        Citations.add(saved, input.citations, "input.citations");
        addParticipants(saved, input.participants);
        recorded.fire(new EventRecorded(saved, input.fulfils, "input.fulfils"));
        return saved;
    }

    public Event updateEvent(UpdateEventInput input) {
        Event event = save(Versions.require(Event.class, input.id, input.expectedVersion), input);
        Participation.eventChanged(event);
        return event;
    }

    public String deleteEvent(DeleteEventInput input) {
        Event event = Versions.require(Event.class, input.id(), input.expectedVersion());
        long pk = event.pk;
        Dependents.of(event, event.title)
                .add("select count(e) from Statement e where e.eventId = :id", pk, "statement (issued at it)", "statements (issued at it)")
                .add("select count(e) from Commitment e where e.madeAtEventId = :id", pk, "commitment (made at it)", "commitments (made at it)")
                .add("select count(e) from Fulfilment e where e.eventId = :id", pk, "commitment (fulfilled by it)", "commitments (fulfilled by it)")
                .add("select count(e) from Event e where e.partOfId = :id", pk, "event (part of it)", "events (part of it)")
                .refuseDeletion("unlink or delete them first");
        EntityManager em = Panache.getEntityManager();
        List<Long> owned = new ArrayList<>(em.createQuery("select p.pk from Participation p where p.eventId = :id", Long.class)
                .setParameter("id", pk).getResultList());
        owned.add(pk);
        Citations.deleteFor(owned);
        em.createQuery("delete from Participation p where p.eventId = :id").setParameter("id", pk).executeUpdate();
        em.createQuery("delete from EventRelation r where r.fromEventId = :id or r.toEventId = :id").setParameter("id", pk).executeUpdate();
        event.delete();
        return event.getId();
    }

    /** Writes the input into a new or stored event, with its relations. */
    private static Event save(Event event, EventValues input) {
        PartialDate start = InvalidPartialDateException.parseField("input.start", input.start);
        PartialDate end = InvalidPartialDateException.parseField("input.end", input.end);
        String order = Event.datesProblem(start, end);
        if (order != null) {
            throw new BadUserInputException("input.end: " + order);
        }
        Place place = Nodes.requireNullable(Place.class, input.place, "input.place");
        Process process = Nodes.requireNullable(Process.class, input.process, "input.process");
        Event partOf = Nodes.requireNullable(Event.class, input.partOf, "input.partOf");
        if (partOf != null) {
            String problem = Event.partOfProblem(event.pk, partOf.pk,
                    pk -> Panache.getEntityManager().find(Event.class, pk).partOfId, pk -> "Event " + GlobalId.encode(Event.TYPE, pk));
            if (problem != null) {
                throw new BadUserInputException("input.partOf: " + problem);
            }
        }
        event.kind = input.kind;
        event.status = input.status;
        event.title = input.title;
        event.summary = input.summary;
        event.start = start;
        event.end = end;
        event.placeId = place == null ? null : place.pk;
        event.processId = process == null ? null : process.pk;
        event.partOfId = partOf == null ? null : partOf.pk;
        event.magnitude = QuantityInput.toQuantity(input.magnitude);
        event.cameoCode = input.cameoCode;
        event.ploverCategory = input.ploverCategory;
        event.ploverMode = input.ploverMode;
        event.persist(); // a stored event is managed already, and persist leaves it as it is
        replaceRelations(event, input.relations);
        return event;
    }

    /** Makes the event's relations to other events exactly {@code wanted}; relations that stay keep their rows. */
    private static void replaceRelations(Event event, List<EventRelationInput> wanted) {
        List<EventRelationInput> list = wanted == null ? List.of() : wanted;
        Map<String, EventRelation> stored = new HashMap<>();
        for (EventRelation r : EventRelation.<EventRelation>list("fromEventId", event.pk)) {
            stored.put(r.kind + " " + r.toEventId, r);
        }
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "input.relations[" + i + "]";
            EventRelationInput r = list.get(i);
            Event other = Nodes.require(Event.class, r.event(), field + ".event");
            if (other.pk.equals(event.pk)) {
                throw new BadUserInputException(field + ".event: an event cannot relate to itself");
            }
            String key = r.kind() + " " + other.pk;
            Integer earlier = given.putIfAbsent(key, i);
            if (earlier != null) {
                throw new BadUserInputException(field + ": the same relation is already given at input.relations[" + earlier + "]");
            }
            if (stored.remove(key) == null) {
                EventRelation relation = new EventRelation();
                relation.kind = r.kind();
                relation.fromEventId = event.pk;
                relation.toEventId = other.pk;
                relation.persist();
            }
        }
        stored.values().forEach(r -> r.delete());
    }

    // ---- participations --------------------------------------------------------------------------

    public AddParticipantPayload addParticipant(AddParticipantInput input) {
        Event event = Nodes.require(Event.class, input.event(), "input.event");
        Actor actor = Nodes.require(Actor.class, input.actor(), "input.actor");
        refuseTwin(event.pk, actor.pk, input.role(), null);
        return new AddParticipantPayload(participate(event, actor, input.role(), input.attendance()), event);
    }

    /** The participants given with a new event; the event has no others yet, so only the list itself can repeat one. */
    private static void addParticipants(Event event, List<ParticipantInput> participants) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; participants != null && i < participants.size(); i++) {
            ParticipantInput given = participants.get(i);
            String field = "input.participants[" + i + "]";
            Actor actor = Nodes.require(Actor.class, given.actor, field + ".actor");
            Integer earlier = seen.putIfAbsent(actor.pk + " " + given.role, i);
            if (earlier != null) {
                throw new BadUserInputException(field + ": the actor is already a " + given.role + " of this event at input.participants[" + earlier + "]");
            }
            Citations.add(participate(event, actor, given.role, given.attendance), given.citations, field + ".citations");
        }
    }

    private static Participation participate(Event event, Actor actor, ParticipationRole role, Attendance attendance) {
        Participation participation = new Participation();
        participation.follow(event);
        participation.actorId = actor.pk;
        participation.role = role;
        participation.attendance = attendance == null ? Attendance.UNKNOWN : attendance;
        participation.persist();
        return participation;
    }

    public Participation updateParticipant(UpdateParticipantInput input) {
        Participation participation = Nodes.require(Participation.class, input.participation(), "input.participation");
        Versions.check(participation, input.expectedVersion());
        refuseTwin(participation.eventId, participation.actorId, input.role(), participation.pk);
        participation.role = input.role();
        participation.attendance = input.attendance();
        return participation;
    }

    public RemoveParticipantPayload removeParticipant(RemoveParticipantInput input) {
        Participation participation = Nodes.require(Participation.class, input.participation(), "input.participation");
        Versions.check(participation, input.expectedVersion());
        Citations.deleteFor(List.of(participation.pk));
        participation.delete();
        return new RemoveParticipantPayload(participation.getId(), Panache.getEntityManager().find(Event.class, participation.eventId));
    }

    /** An actor has each role in an event once: refuses a second participation (other than {@code self}). */
    private static void refuseTwin(long event, long actor, ParticipationRole role, Long self) {
        Participation twin = Participation.<Participation>find("eventId = ?1 and actorId = ?2 and role = ?3", event, actor, role).firstResult();
        if (twin != null && !twin.pk.equals(self)) {
            throw new ConflictException("input.role: Actor " + GlobalId.encode(Actor.TYPE, actor) + " is already a " + role
                    + " of Event " + GlobalId.encode(Event.TYPE, event) + " (Participation " + twin.getId() + ")");
        }
    }

}
