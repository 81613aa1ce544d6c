package org.accord.event;

import org.accord.source.CitationInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Mutations of events and participations; {@link EventService} does the work, one transaction each.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class EventMutations {

    @Inject
    EventService service;

    @Mutation
    @Description("Records an event with its links to other events.")
    public CreateEventPayload createEvent(@NonNull @Description("The event.") CreateEventInput input) {
        return new CreateEventPayload(service.createEvent(input));
    }

    @Mutation
    @Description("Replaces an event's fields and relations with the given ones (a field left out is cleared; participants are kept). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateEventPayload updateEvent(@NonNull @Description("The event's new state.") UpdateEventInput input) {
        return new UpdateEventPayload(service.updateEvent(input));
    }

    @Mutation
    @Description("Deletes an event with its participations, its relations to and from other events, and their citations. Refused (CONFLICT) while statements were issued at it, commitments were made at it or fulfilled by it, or events are part of it.")
    public DeleteEventPayload deleteEvent(@NonNull @Description("The event and its version.") DeleteEventInput input) {
        return new DeleteEventPayload(service.deleteEvent(input));
    }

    @Mutation
    @Description("Records an actor's part in an event: its role and attendance. CONFLICT if the actor already has that role in the event.")
    public AddParticipantPayload addParticipant(@NonNull @Description("The event, the actor, the role and the attendance.") AddParticipantInput input) {
        return service.addParticipant(input);
    }

    @Mutation
    @Description("Changes a participation's role and attendance. CONFLICT if it is no longer at `expectedVersion`, or if the actor already has the new role in the event.")
    public UpdateParticipantPayload updateParticipant(@NonNull @Description("The participation and its new role and attendance.") UpdateParticipantInput input) {
        return new UpdateParticipantPayload(service.updateParticipant(input));
    }

    @Mutation
    @Description("Removes a participation with its citations.")
    public RemoveParticipantPayload removeParticipant(@NonNull @Description("The participation and its version.") RemoveParticipantInput input) {
        return service.removeParticipant(input);
    }

    // ---- events: inputs and payloads -------------------------------------------------------------

    /** The fields createEvent and updateEvent share. */
    public abstract static class EventValues {

        @NotNull
        @Description("What kind of event it is.")
        public EventKind kind;

        @NotNull
        @Description("Whether it was proposed, scheduled, held or cancelled.")
        public EventStatus status;

        @NotBlank
        @Size(max = 1000)
        @Description("A short title.")
        public String title;

        @Size(max = 20000)
        @Description("What happened, in a few sentences.")
        public String summary;

        @Size(max = 40)
        @Description("When it began, in EDTF, as precisely as the sources say: 2023-12-07, 2023-10, 2023-10~, /2023-12-08 (by then), 2023-12/.. (since then). Left out when no source dates it: an undated event comes after the dated ones in time order and matches no date filter.")
        public String start;

        @Size(max = 40)
        @Description("When it ended, in EDTF, if it lasted and a source says; not before the start, and only with a start.")
        public String end;

        @Id
        @Description("The Place id of where it took place.")
        public String place;

        @Id
        @Description("The Process id of the process it belongs to.")
        public String process;

        @Id
        @Description("The Event id of the larger event it is part of, e.g. the summit an initialing took place at.")
        public String partOf;

        @Valid
        @Description("How large it was, e.g. {amount: 32, unit: \"servicemen\", qualifier: EXACT}.")
        public QuantityInput magnitude;

        @Pattern(regexp = "^[0-9]{2,4}$")
        @Description("CAMEO event code (2 to 4 digits), when an analyst has coded it.")
        public String cameoCode;

        @Pattern(regexp = "^[A-Z_]{2,40}$")
        @Description("PLOVER event category (e.g. AGREE), when an analyst has coded it.")
        public String ploverCategory;

        @Pattern(regexp = "^[a-z_]{2,40}$")
        @Description("PLOVER event mode, when an analyst has coded it.")
        public String ploverMode;

        @Size(max = 100)
        @Description("Its links to other events (CAUSED, FOLLOWED); each kind and event at most once.")
        public List<@NonNull @Valid EventRelationInput> relations;
    }

    @Input("CreateEventInput")
    @Description("A new event, with its participants, its sources and the commitments it kept.")
    public static class CreateEventInput extends EventValues {

        @Size(max = 100)
        @Description("Its participants, each with its role, attendance and sources: recorded with it, in the same transaction. An actor has each role at most once.")
        public List<@NonNull @Valid ParticipantInput> participants;

        @Size(max = 100)
        @Id
        @Description("Commitment ids: the commitments this event kept, in whole or in part, linked with it in the same transaction (as linkFulfilment does). Their status changes are recorded with recordCommitmentStatus.")
        public List<@NonNull String> fulfils;

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    /** The fields of {@link EventValues}, which replace the stored ones, plus the event and its version. */
    @Input("UpdateEventInput")
    @Description("The new state of an event: every field of createEvent but `citations` is given again and replaces the stored value, so a field left out is cleared (relations included; participants are changed with addParticipant, updateParticipant and removeParticipant). Read the event first and send it back changed.")
    public static class UpdateEventInput extends EventValues {

        @NotBlank
        @Id
        @Description("The Event id.")
        public String id;

        @Description("The version the client read; if the stored event is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("EventRelationInput")
    @Description("A link from the event being written to another event.")
    public record EventRelationInput(
            @NotNull
            @Description("How the events are linked: this event CAUSED or FOLLOWED the other.")
            EventRelation.RelationKind kind,

            @NotBlank
            @Id
            @Description("The Event id of the other event.")
            String event) {
    }

    @Input("DeleteEventInput")
    @Description("The event to delete, at the version the client read.")
    public record DeleteEventInput(
            @NotBlank
            @Id
            @Description("The Event id.")
            String id,

            @Description("The version the client read; if the stored event is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("CreateEventPayload")
    @Description("The result of createEvent.")
    public record CreateEventPayload(
            @NonNull
            @Description("The event as stored, with its id and version 0.")
            Event event) {
    }

    @Type("UpdateEventPayload")
    @Description("The result of updateEvent.")
    public record UpdateEventPayload(
            @NonNull
            @Description("The event as stored now, with its new version.")
            Event event) {
    }

    @Type("DeleteEventPayload")
    @Description("The result of deleteEvent.")
    public record DeleteEventPayload(
            @NonNull
            @Id
            @Description("The id the deleted event had; it names nothing now.")
            String deletedId) {
    }

    // ---- participants: inputs and payloads -------------------------------------------------------

    @Input("AddParticipantInput")
    @Description("An actor's part in an event.")
    public record AddParticipantInput(
            @NotBlank
            @Id
            @Description("The Event id.")
            String event,

            @NotBlank
            @Id
            @Description("The Actor id.")
            String actor,

            @NotNull
            @Description("The actor's role in the event; an actor has each role in an event at most once.")
            ParticipationRole role,

            @Description("Whether the actor attended, declined or was only invited; UNKNOWN if not given.")
            Attendance attendance) {
    }

    /** A participant given with a new event; a class, not a record, for its list (smallrye-graphql#753). */
    @Input("ParticipantInput")
    @Description("An actor's part in an event being recorded, with the sources that report it.")
    public static class ParticipantInput {

        @NotBlank
        @Id
        @Description("The Actor id.")
        public String actor;

        @NotNull
        @Description("The actor's role in the event.")
        public ParticipationRole role;

        @Description("Whether the actor attended, declined or was only invited; UNKNOWN if not given.")
        public Attendance attendance;

        @Size(max = 100)
        @Description("The sources that report this participation, each with the sentence that supports it.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    @Input("UpdateParticipantInput")
    @Description("A participation's new role and attendance.")
    public record UpdateParticipantInput(
            @NotBlank
            @Id
            @Description("The Participation id.")
            String participation,

            @Description("The version the client read; if the stored participation is at another version, nothing is changed and the error is CONFLICT.")
            int expectedVersion,

            @NotNull
            @Description("The actor's role in the event.")
            ParticipationRole role,

            @NotNull
            @Description("Whether the actor attended, declined or was only invited.")
            Attendance attendance) {
    }

    @Input("RemoveParticipantInput")
    @Description("The participation to remove, at the version the client read.")
    public record RemoveParticipantInput(
            @NotBlank
            @Id
            @Description("The Participation id (from `Event.participants` or `Actor.participations`).")
            String participation,

            @Description("The version the client read; if the stored participation is at another version, nothing is removed and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("AddParticipantPayload")
    @Description("The result of addParticipant.")
    public record AddParticipantPayload(
            @NonNull
            @Description("The participation as stored.")
            Participation participation,

            @NonNull
            @Description("The event, whose `participants` now include it.")
            Event event) {
    }

    @Type("UpdateParticipantPayload")
    @Description("The result of updateParticipant.")
    public record UpdateParticipantPayload(
            @NonNull
            @Description("The participation as stored now, with its new version.")
            Participation participation) {
    }

    @Type("RemoveParticipantPayload")
    @Description("The result of removeParticipant.")
    public record RemoveParticipantPayload(
            @NonNull
            @Id
            @Description("The id the removed participation had.")
            String removedParticipationId,

            @NonNull
            @Description("The event it was part of.")
            Event event) {
    }
}
