package org.accord.actor;

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
 * Mutations of actors and affiliations; {@link ActorService} does the work, one transaction each.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class ActorMutations {

    @Inject
    ActorService service;

    @Mutation
    @Description("Records an actor with its other names and external ids.")
    public CreateActorPayload createActor(@NonNull @Description("The actor.") CreateActorInput input) {
        return new CreateActorPayload(service.createActor(input));
    }

    @Mutation
    @Description("Replaces an actor's fields, names and external ids with the given ones (a field left out is cleared). CONFLICT if the actor is no longer at `expectedVersion`.")
    public UpdateActorPayload updateActor(@NonNull @Description("The actor's new state.") UpdateActorInput input) {
        return new UpdateActorPayload(service.updateActor(input));
    }

    @Mutation
    @Description("Deletes an actor with its names, external ids and citations. Refused (CONFLICT) while participations, affiliations, statements, quotes or commitments name it: remove those or merge the actor into another.")
    public DeleteActorPayload deleteActor(@NonNull @Description("The actor and its version.") DeleteActorInput input) {
        return new DeleteActorPayload(service.deleteActor(input));
    }

    @Mutation
    @Description("Merges actors recorded twice into one: every link, external id, name and citation of the merged actors moves to the survivor (links it already has are dropped), each merged actor's name becomes an ALIAS of the survivor, and the merged actors are deleted. Their ids keep resolving to the survivor, in `node`, `actor` and every argument or filter taking an actor id.")
    public MergeActorsPayload mergeActors(@NonNull @Description("The survivor and the actors to merge into it.") MergeActorsInput input) {
        return service.mergeActors(input);
    }

    @Mutation
    @Description("Records a position of one actor in another.")
    public CreateAffiliationPayload createAffiliation(@NonNull @Description("The affiliation.") CreateAffiliationInput input) {
        return new CreateAffiliationPayload(service.createAffiliation(input));
    }

    @Mutation
    @Description("Replaces an affiliation's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateAffiliationPayload updateAffiliation(@NonNull @Description("The affiliation's new state.") UpdateAffiliationInput input) {
        return new UpdateAffiliationPayload(service.updateAffiliation(input));
    }

    @Mutation
    @Description("Deletes an affiliation with its citations.")
    public DeleteAffiliationPayload deleteAffiliation(@NonNull @Description("The affiliation and its version.") DeleteAffiliationInput input) {
        return new DeleteAffiliationPayload(service.deleteAffiliation(input));
    }

    // ---- actors: inputs and payloads -------------------------------------------------------------

    /** The fields createActor and updateActor share. */
    public abstract static class ActorValues {

        @NotNull
        @Description("What kind of actor it is.")
        public ActorKind kind;

        @NotBlank
        @Size(max = 1000)
        @Description("The canonical name, e.g. Nikol Pashinyan.")
        public String name;

        @Pattern(regexp = "^[A-Z]{3}$")
        @Description("ISO 3166-1 alpha-3 code of the actor's country, e.g. ARM.")
        public String countryCode;

        @Size(max = 20000)
        @Description("Who or what the actor is.")
        public String description;

        @Size(max = 100)
        @Description("Its other names (official and short forms, aliases, metonyms, transliterations); each value and kind at most once.")
        public List<@NonNull @Valid ActorNameInput> names;

        @Size(max = 100)
        @Description("Its identifiers in other datasets; an identifier that already identifies another actor is a CONFLICT (merge the actors instead).")
        public List<@NonNull @Valid ExternalIdInput> externalIds;
    }

    @Input("CreateActorInput")
    @Description("A new actor, with its other names and external ids.")
    public static class CreateActorInput extends ActorValues {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    /** The fields of {@link ActorValues}, which replace the stored ones, plus the actor and its version. */
    @Input("UpdateActorInput")
    @Description("The new state of an actor: every field of createActor but `citations` is given again and replaces the stored value, so a field left out is cleared (names and externalIds included). Read the actor first and send it back changed.")
    public static class UpdateActorInput extends ActorValues {

        @NotBlank
        @Id
        @Description("The Actor id.")
        public String id;

        @Description("The version the client read; if the stored actor is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("ActorNameInput")
    @Description("Another name of an actor.")
    public record ActorNameInput(
            @NotBlank
            @Size(max = 1000)
            @Description("The name as written, e.g. Baku, Pashinian.")
            String value,

            @NotNull
            @Description("What kind of name it is.")
            NameKind kind,

            @Size(max = 35)
            @Pattern(regexp = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
            @Description("Its language, as a BCP 47 tag (en, hy-Latn), when it matters.")
            String language) {
    }

    @Input("ExternalIdInput")
    @Description("An actor's identifier in another dataset, e.g. WIKIDATA Q399.")
    public record ExternalIdInput(
            @NotBlank
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$")
            @Description("The dataset, in capitals: WIKIDATA, ISO3166, CAMEO, ...")
            String scheme,

            @NotBlank
            @Size(max = 200)
            @Description("The identifier within that dataset, e.g. Q399.")
            String value) {
    }

    @Input("DeleteActorInput")
    @Description("The actor to delete, at the version the client read.")
    public record DeleteActorInput(
            @NotBlank
            @Id
            @Description("The Actor id.")
            String id,

            @Description("The version the client read; if the stored actor is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Input("MergeActorsInput")
    @Description("Actors recorded twice, to merge into one.")
    public record MergeActorsInput(
            @NotBlank
            @Id
            @Description("The Actor id of the actor that stays.")
            String survivor,

            @NotNull
            @Size(min = 1, max = 100)
            @Id
            @Description("The Actor ids of the actors merged into the survivor and deleted; their ids then resolve to the survivor.")
            List<@NonNull String> merged) {
    }

    @Type("CreateActorPayload")
    @Description("The result of createActor.")
    public record CreateActorPayload(
            @NonNull
            @Description("The actor as stored, with its id and version 0.")
            Actor actor) {
    }

    @Type("UpdateActorPayload")
    @Description("The result of updateActor.")
    public record UpdateActorPayload(
            @NonNull
            @Description("The actor as stored now, with its new version.")
            Actor actor) {
    }

    @Type("DeleteActorPayload")
    @Description("The result of deleteActor.")
    public record DeleteActorPayload(
            @NonNull
            @Id
            @Description("The id the deleted actor had; it names nothing now.")
            String deletedId) {
    }

    @Type("MergeActorsPayload")
    @Description("The result of mergeActors.")
    public record MergeActorsPayload(
            @NonNull
            @Description("The survivor, now holding the merged actors' links, names, external ids and citations.")
            Actor actor,

            @NonNull
            @Id
            @Description("The ids the merged actors had; they now resolve to the survivor.")
            List<@NonNull String> mergedIds) {
    }

    // ---- affiliations: inputs and payloads -------------------------------------------------------

    /** The fields createAffiliation and updateAffiliation share. */
    public abstract static class AffiliationValues {

        @NotBlank
        @Id
        @Description("The Actor id of the actor holding the position.")
        public String actor;

        @NotBlank
        @Id
        @Description("The Actor id of the actor the position is in.")
        public String organization;

        @NotBlank
        @Size(max = 1000)
        @Description("The position held, e.g. Prime Minister.")
        public String position;

        @Size(max = 40)
        @Description("When the position began, in EDTF (2018-05-08, 2018), if a source says.")
        public String start;

        @Size(max = 40)
        @Description("When the position ended, in EDTF, if it has and a source says.")
        public String end;
    }

    @Input("CreateAffiliationInput")
    @Description("A new position of one actor in another: Pashinyan, Prime Minister, in Armenia's government.")
    public static class CreateAffiliationInput extends AffiliationValues {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    /** The fields of {@link AffiliationValues}, which replace the stored ones, plus the affiliation and its version. */
    @Input("UpdateAffiliationInput")
    @Description("The new state of an affiliation: every field of createAffiliation but `citations` is given again and replaces the stored value, so a field left out is cleared. Read the affiliation first and send it back changed.")
    public static class UpdateAffiliationInput extends AffiliationValues {

        @NotBlank
        @Id
        @Description("The Affiliation id.")
        public String id;

        @Description("The version the client read; if the stored affiliation is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("DeleteAffiliationInput")
    @Description("The affiliation to delete, at the version the client read.")
    public record DeleteAffiliationInput(
            @NotBlank
            @Id
            @Description("The Affiliation id.")
            String id,

            @Description("The version the client read; if the stored affiliation is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("CreateAffiliationPayload")
    @Description("The result of createAffiliation.")
    public record CreateAffiliationPayload(
            @NonNull
            @Description("The affiliation as stored, with its id and version 0.")
            Affiliation affiliation) {
    }

    @Type("UpdateAffiliationPayload")
    @Description("The result of updateAffiliation.")
    public record UpdateAffiliationPayload(
            @NonNull
            @Description("The affiliation as stored now, with its new version.")
            Affiliation affiliation) {
    }

    @Type("DeleteAffiliationPayload")
    @Description("The result of deleteAffiliation.")
    public record DeleteAffiliationPayload(
            @NonNull
            @Id
            @Description("The id the deleted affiliation had; it names nothing now.")
            String deletedId) {
    }
}
