package org.accord.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.event.Event;
import org.accord.event.QuantityInput;
import org.accord.security.Roles;
import org.accord.source.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Mutations of commitments, their status and fulfilments; {@link CommitmentService} does the work, one transaction each.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class CommitmentMutations {

    @Inject
    CommitmentService service;

    @Mutation
    @Description("Records a commitment, ANNOUNCED, with its obligors, beneficiaries and reciprocal commitments.")
    public CreateCommitmentPayload createCommitment(@NonNull @Description("The commitment.") CreateCommitmentInput input) {
        return new CreateCommitmentPayload(service.createCommitment(input));
    }

    @Mutation
    @Description("Replaces a commitment's fields and links with the given ones (a field left out is cleared; the status and history are kept). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateCommitmentPayload updateCommitment(@NonNull @Description("The commitment's new state.") UpdateCommitmentInput input) {
        return new UpdateCommitmentPayload(service.updateCommitment(input));
    }

    @Mutation
    @Description("Deletes a commitment with its obligor and beneficiary links, reciprocity and fulfilment links, status history and citations.")
    public DeleteCommitmentPayload deleteCommitment(@NonNull @Description("The commitment and its version.") DeleteCommitmentInput input) {
        return new DeleteCommitmentPayload(service.deleteCommitment(input));
    }

    @Mutation
    @Description("Appends a dated, cited change to a commitment's status history and sets its status. A note saying why is required to leave a final status for a non-final one, to record the current status again, or to date the change before the latest recorded one (which then leaves the status as it is); otherwise the error is BAD_USER_INPUT.")
    public RecordCommitmentStatusPayload recordCommitmentStatus(@NonNull @Description("The commitment, the new status, its date and sources.") RecordCommitmentStatusInput input) {
        return service.recordCommitmentStatus(input);
    }

    @Mutation
    @Description("Records that an event kept a commitment, in whole or in part. CONFLICT if they are linked already.")
    public LinkFulfilmentPayload linkFulfilment(@NonNull @Description("The commitment and the event.") LinkFulfilmentInput input) {
        return service.linkFulfilment(input);
    }

    @Mutation
    @Description("Removes the link between a commitment and an event that kept it. NOT_FOUND if they are not linked.")
    public UnlinkFulfilmentPayload unlinkFulfilment(@NonNull @Description("The commitment and the event.") UnlinkFulfilmentInput input) {
        return service.unlinkFulfilment(input);
    }

    // ---- inputs and payloads ---------------------------------------------------------------------

    /** What was promised, by whom, to whom: the fields of every commitment input. */
    public abstract static class CommitmentTerms {

        @NotNull
        @Description("What kind of promise it is.")
        public CommitmentKind kind;

        @NotBlank
        @Size(max = 20000)
        @Description("What was promised.")
        public String description;

        @NotNull
        @Size(min = 1, max = 100)
        @Id
        @Description("The Actor ids of the actors that made the promise: at least one, each once.")
        public List<@NonNull String> obligors;

        @Size(max = 100)
        @Id
        @Description("The Actor ids of the actors the promise is to the benefit of, each once.")
        public List<@NonNull String> beneficiaries;

        @Valid
        @Description("How much was promised, e.g. {amount: 32, unit: \"servicemen\", qualifier: EXACT}.")
        public QuantityInput quantity;

        @Size(max = 40)
        @Description("By when it is to be kept, in EDTF: 2023 for \"by the end of the year\".")
        public String deadline;
    }

    /** The fields createCommitment and updateCommitment share: the terms and the commitment's links. */
    public abstract static class CommitmentValues extends CommitmentTerms {

        @Id
        @Description("The Event id of the event it was made at.")
        public String madeAt;

        @Id
        @Description("The Statement id of the statement that announced it.")
        public String statement;

        @Id
        @Description("The Process id of the process it belongs to.")
        public String process;

        @Size(max = 100)
        @Id
        @Description("The Commitment ids of the commitments given in return for this one (the link reads from both ends), each once.")
        public List<@NonNull String> reciprocalTo;
    }

    @Input("CreateCommitmentInput")
    @Description("A new commitment. It starts ANNOUNCED; its status changes only through recordCommitmentStatus, which dates and cites each change.")
    public static class CreateCommitmentInput extends CommitmentValues {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    /** The fields of {@link CommitmentValues}, which replace the stored ones, plus the commitment and its version. */
    @Input("UpdateCommitmentInput")
    @Description("The new state of a commitment: every field of createCommitment but `citations` is given again and replaces the stored value, so a field left out is cleared (obligors, beneficiaries and reciprocalTo included; the status changes only through recordCommitmentStatus). Read the commitment first and send it back changed.")
    public static class UpdateCommitmentInput extends CommitmentValues {

        @NotBlank
        @Id
        @Description("The Commitment id.")
        public String id;

        @Description("The version the client read; if the stored commitment is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("StatementCommitmentInput")
    @Description("A commitment announced in the statement being created: made at its event, in its process, and ANNOUNCED. Reciprocity is set afterwards with updateCommitment.")
    public static class StatementCommitmentInput extends CommitmentTerms {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    @Input("DeleteCommitmentInput")
    @Description("The commitment to delete, at the version the client read.")
    public record DeleteCommitmentInput(
            @NotBlank
            @Id
            @Description("The Commitment id.")
            String id,

            @Description("The version the client read; if the stored commitment is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Input("RecordCommitmentStatusInput")
    @Description("A dated, cited change of a commitment's status.")
    public record RecordCommitmentStatusInput(
            @NotBlank
            @Id
            @Description("The Commitment id.")
            String commitment,

            @NotNull
            @Description("The status from `date` on.")
            CommitmentStatus status,

            @NotBlank
            @Size(max = 40)
            @Description("When the status changed, in EDTF: 2024-01-05, 2024-01.")
            String date,

            @Size(max = 20000)
            @Description("Why, in a sentence. Required to leave a final status (FULFILLED, BROKEN, EXPIRED, WITHDRAWN, SUPERSEDED) for a non-final one, to record the current status again, and to date a change before the latest recorded one.")
            String note,

            @NotNull
            @Size(min = 1, max = 100)
            @Description("The sources that report the change: at least one.")
            List<@NonNull @Valid CitationInput> citations,

            @Description("The commitment's version the client read; if it is at another version, nothing is recorded and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Input("LinkFulfilmentInput")
    @Description("An event that kept a commitment, in whole or in part.")
    public record LinkFulfilmentInput(
            @NotBlank
            @Id
            @Description("The Commitment id.")
            String commitment,

            @NotBlank
            @Id
            @Description("The Event id.")
            String event) {
    }

    @Input("UnlinkFulfilmentInput")
    @Description("A fulfilment link to remove: the event did not keep the commitment after all.")
    public record UnlinkFulfilmentInput(
            @NotBlank
            @Id
            @Description("The Commitment id.")
            String commitment,

            @NotBlank
            @Id
            @Description("The Event id.")
            String event) {
    }

    @Type("CreateCommitmentPayload")
    @Description("The result of createCommitment.")
    public record CreateCommitmentPayload(
            @NonNull
            @Description("The commitment as stored, with its id and version 0.")
            Commitment commitment) {
    }

    @Type("UpdateCommitmentPayload")
    @Description("The result of updateCommitment.")
    public record UpdateCommitmentPayload(
            @NonNull
            @Description("The commitment as stored now, with its new version.")
            Commitment commitment) {
    }

    @Type("DeleteCommitmentPayload")
    @Description("The result of deleteCommitment.")
    public record DeleteCommitmentPayload(
            @NonNull
            @Id
            @Description("The id the deleted commitment had; it names nothing now.")
            String deletedId) {
    }

    @Type("RecordCommitmentStatusPayload")
    @Description("The result of recordCommitmentStatus.")
    public record RecordCommitmentStatusPayload(
            @NonNull
            @Description("The commitment, with its new status and version.")
            Commitment commitment,

            @NonNull
            @Description("The change recorded in its history.")
            CommitmentStatusChange change) {
    }

    @Type("LinkFulfilmentPayload")
    @Description("The result of linkFulfilment.")
    public record LinkFulfilmentPayload(
            @NonNull
            @Description("The commitment, whose `fulfilledBy` now includes the event.")
            Commitment commitment,

            @NonNull
            @Description("The event, whose `fulfils` now includes the commitment.")
            Event event) {
    }

    @Type("UnlinkFulfilmentPayload")
    @Description("The result of unlinkFulfilment.")
    public record UnlinkFulfilmentPayload(
            @NonNull
            @Description("The commitment, whose `fulfilledBy` no longer includes the event.")
            Commitment commitment,

            @NonNull
            @Description("The event, whose `fulfils` no longer includes the commitment.")
            Event event) {
    }
}
