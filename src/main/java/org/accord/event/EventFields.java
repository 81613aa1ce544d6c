package org.accord.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import org.accord.graphql.ArgumentBatch;
import org.accord.actor.Actor;
import org.accord.graphql.Batch;
import org.accord.place.Place;
import org.accord.process.Process;
import org.accord.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of Event, Participation and EventRelation resolved from other rows, one query per field and level. */
@GraphQLApi
public class EventFields {

    @Inject
    Context context;

    @Description("Where it took place.")
    public List<Place> place(@Source List<Event> events) {
        return Batch.toOne(events, e -> e.placeId, Place.class);
    }

    @Description("The process it belongs to.")
    public List<Process> process(@Source List<Event> events) {
        return Batch.toOne(events, e -> e.processId, Process.class);
    }

    @Description("The larger event it is part of, e.g. the summit an initialing took place at.")
    public List<Event> partOf(@Source List<Event> events) {
        return Batch.toOne(events, e -> e.partOfId, Event.class);
    }

    @NonNull
    @Description("The events that are part of this one, in time order, undated events last.")
    public List<@NonNull List<@NonNull Event>> parts(@Source List<Event> events) {
        List<Event> parts = Batch.list("from Event e where any_equals(:ids, e.partOfId) order by e.start.earliest, e.pk", Event.class, events);
        return Batch.group(events, parts, e -> e.partOfId);
    }

    @NonNull
    @Description("Links from this event to others (CAUSED, FOLLOWED).")
    public List<@NonNull List<@NonNull EventRelation>> relations(@Source List<Event> events) {
        List<EventRelation> relations = Batch.list("from EventRelation e where any_equals(:ids, e.fromEventId) order by e.pk", EventRelation.class, events);
        return Batch.group(events, relations, r -> r.fromEventId);
    }

    @NonNull
    @Description("The actors that took part, or were invited or declined, with their roles.")
    public CompletionStage<List<@NonNull Participation>> participants(@Source Event event,
            @Description("Only participations in this role.") ParticipationRole role) {
        return ArgumentBatch.load(context, "Event.participants", event, Optional.ofNullable(role), (events, r) -> {
            return Batch.groupRows(events, r.isEmpty()
                    ? Batch.rows("select e.eventId, e from Participation e where any_equals(:ids, e.eventId) order by e.pk", events, Map.of())
                    : Batch.rowsWhereLast("select e.eventId, e, e.role from Participation e where any_equals(:ids, e.eventId) order by e.pk", events, r.get()));
        });
    }

    @NonNull
    @Description("The actors that mediated it.")
    public List<@NonNull List<@NonNull Actor>> mediators(@Source List<Event> events) {
        return Batch.groupRows(events, Batch.rowsWhereLast(
                "select p.eventId, a, p.role from Participation p join Actor a on a.pk = p.actorId"
                        + " where any_equals(:ids, p.eventId) order by a.name, a.pk",
                events, ParticipationRole.MEDIATOR));
    }

    @NonNull
    @Description("The sources that report this event.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Event> events) {
        return Citation.of(events);
    }

    @NonNull
    @Description("The actor taking part.")
    public List<@NonNull Actor> actor(@Source List<Participation> participations) {
        return Batch.toOne(participations, p -> p.actorId, Actor.class);
    }

    @NonNull
    @Description("The event taken part in.")
    @Name("event")
    public List<@NonNull Event> participationEvent(@Source List<Participation> participations) {
        return Batch.toOne(participations, p -> p.eventId, Event.class);
    }

    @NonNull
    @Name("event")
    @Description("The event this one relates to.")
    public List<@NonNull Event> relatedEvent(@Source List<EventRelation> relations) {
        return Batch.toOne(relations, r -> r.toEventId, Event.class);
    }

    @NonNull
    @Description("The sources that report this participation.")
    @Name("sources")
    public List<@NonNull List<@NonNull Citation>> participationSources(@Source List<Participation> participations) {
        return Citation.of(participations);
    }
}
