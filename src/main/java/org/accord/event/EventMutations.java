package org.accord.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of events and participations; {@link EventService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class EventMutations {

    @Inject
    EventService service;

    @Mutation
    @NonNull
    @Description("Records an event with its links to other events.")
    public CreateEventPayload createEvent(@NonNull @Description("The event.") CreateEventInput input) {
        return new CreateEventPayload(service.createEvent(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces an event's fields and relations with the given ones (a field left out is cleared; participants are kept). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateEventPayload updateEvent(@NonNull @Description("The event's new state.") UpdateEventInput input) {
        return new UpdateEventPayload(service.updateEvent(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes an event with its participations, its relations to and from other events, and their citations. Refused (CONFLICT) while statements were issued at it, commitments were made at it or fulfilled by it, or events are part of it.")
    public DeleteEventPayload deleteEvent(@NonNull @Description("The event and its version.") DeleteEventInput input) {
        return new DeleteEventPayload(service.deleteEvent(input));
    }

    @Mutation
    @NonNull
    @Description("Records an actor's part in an event: its role and attendance. CONFLICT if the actor already has that role in the event.")
    public AddParticipantPayload addParticipant(@NonNull @Description("The event, the actor, the role and the attendance.") AddParticipantInput input) {
        return service.addParticipant(input);
    }

    @Mutation
    @NonNull
    @Description("Changes a participation's role and attendance. CONFLICT if it is no longer at `expectedVersion`, or if the actor already has the new role in the event.")
    public UpdateParticipantPayload updateParticipant(@NonNull @Description("The participation and its new role and attendance.") UpdateParticipantInput input) {
        return new UpdateParticipantPayload(service.updateParticipant(input));
    }

    @Mutation
    @NonNull
    @Description("Removes a participation with its citations.")
    public RemoveParticipantPayload removeParticipant(@NonNull @Description("The participation and its version.") RemoveParticipantInput input) {
        return service.removeParticipant(input);
    }
}
