package org.accord.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.graphql.Node;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Mutations of sources and citations; {@link SourceService} does the work, one transaction each.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version
 * (and addCitation's input is a citation plus the fact it cites).
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class SourceMutations {

    @Inject
    SourceService service;

    @Mutation
    @Description("Records a source. CONFLICT if its url is stored already.")
    public CreateSourcePayload createSource(@NonNull @Description("The source.") CreateSourceInput input) {
        return new CreateSourcePayload(service.createSource(input));
    }

    @Mutation
    @Description("Replaces a source's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateSourcePayload updateSource(@NonNull @Description("The source's new state.") UpdateSourceInput input) {
        return new UpdateSourcePayload(service.updateSource(input));
    }

    @Mutation
    @Description("Deletes a source. Refused (CONFLICT) while citations cite it.")
    public DeleteSourcePayload deleteSource(@NonNull @Description("The source and its version.") DeleteSourceInput input) {
        return new DeleteSourcePayload(service.deleteSource(input));
    }

    @Mutation
    @Description("Cites a source for a fact: an actor, affiliation, place, process, event, participation, statement, commitment or status change.")
    public AddCitationPayload addCitation(@NonNull @Description("The fact, the source and the supporting sentence.") AddCitationInput input) {
        return service.addCitation(input);
    }

    @Mutation
    @Description("Removes a citation from the fact it cites.")
    public RemoveCitationPayload removeCitation(@NonNull @Description("The citation and its version.") RemoveCitationInput input) {
        return service.removeCitation(input);
    }

    // ---- sources: inputs and payloads ------------------------------------------------------------

    @Input("CreateSourceInput")
    @Description("A new source: a news story, an official text, a fact sheet.")
    public static class CreateSourceInput {

        @NotBlank
        @Size(max = 1000)
        @Description("Who published it: BBC, AzerNews, the US State Department.")
        public String publisher;

        @NotBlank
        @Size(max = 1000)
        @Description("Its title, or a short description when it has none.")
        public String title;

        @Size(max = 2000)
        @Pattern(regexp = "^https?://\\S+$")
        @Description("Where it can be read, an http(s) URL; one source per URL.")
        public String url;

        @Size(max = 40)
        @Description("When it was published, in EDTF (2023-12-08).")
        public String published;

        @Size(max = 35)
        @Pattern(regexp = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
        @Description("Its language, as a BCP 47 tag (en, it).")
        public String language;
    }

    /** The fields of {@link CreateSourceInput}, which replace the stored ones, plus the source and its version. */
    @Input("UpdateSourceInput")
    @Description("The new state of a source: every field of createSource is given again and replaces the stored value, so a field left out is cleared. Read the source first and send it back changed.")
    public static class UpdateSourceInput extends CreateSourceInput {

        @NotBlank
        @Id
        @Description("The Source id.")
        public String id;

        @Description("The version the client read; if the stored source is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("DeleteSourceInput")
    @Description("The source to delete, at the version the client read.")
    public record DeleteSourceInput(
            @NotBlank
            @Id
            @Description("The Source id.")
            String id,

            @Description("The version the client read; if the stored source is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("CreateSourcePayload")
    @Description("The result of createSource.")
    public record CreateSourcePayload(
            @NonNull
            @Description("The source as stored, with its id and version 0.")
            Source source) {
    }

    @Type("UpdateSourcePayload")
    @Description("The result of updateSource.")
    public record UpdateSourcePayload(
            @NonNull
            @Description("The source as stored now, with its new version.")
            Source source) {
    }

    @Type("DeleteSourcePayload")
    @Description("The result of deleteSource.")
    public record DeleteSourcePayload(
            @NonNull
            @Id
            @Description("The id the deleted source had; it names nothing now.")
            String deletedId) {
    }

    // ---- citations: inputs and payloads ----------------------------------------------------------

    /** The fields of {@link CitationInput} plus the fact it cites. */
    @Input("AddCitationInput")
    @Description("A source for a recorded fact, with the sentence that supports it.")
    public static class AddCitationInput extends CitationInput {

        @NotBlank
        @Id
        @Description("The id of the fact: an Actor, Affiliation, Place, Process, Event, Participation, Statement, Commitment or CommitmentStatusChange.")
        public String subject;
    }

    @Input("RemoveCitationInput")
    @Description("The citation to remove, at the version the client read.")
    public record RemoveCitationInput(
            @NotBlank
            @Id
            @Description("The Citation id.")
            String citation,

            @Description("The version the client read; if the stored citation is at another version, nothing is removed and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("AddCitationPayload")
    @Description("The result of addCitation.")
    public record AddCitationPayload(
            @NonNull
            @Description("The citation as stored.")
            Citation citation,

            @NonNull
            @Description("The fact it cites; its `sources` now include the citation.")
            Node subject) {
    }

    @Type("RemoveCitationPayload")
    @Description("The result of removeCitation.")
    public record RemoveCitationPayload(
            @NonNull
            @Id
            @Description("The id the removed citation had.")
            String removedCitationId,

            @Description("The fact it cited.")
            Node subject) {
    }
}
