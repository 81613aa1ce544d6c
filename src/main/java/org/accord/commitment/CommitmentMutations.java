package org.accord.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of commitments, their status and fulfilments; {@link CommitmentService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class CommitmentMutations {

    @Inject
    CommitmentService service;

    @Mutation
    @NonNull
    @Description("Records a commitment, ANNOUNCED, with its obligors, beneficiaries and reciprocal commitments.")
    public CreateCommitmentPayload createCommitment(@NonNull @Description("The commitment.") CreateCommitmentInput input) {
        return new CreateCommitmentPayload(service.createCommitment(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces a commitment's fields and links with the given ones (a field left out is cleared; the status and history are kept). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateCommitmentPayload updateCommitment(@NonNull @Description("The commitment's new state.") UpdateCommitmentInput input) {
        return new UpdateCommitmentPayload(service.updateCommitment(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes a commitment with its obligor and beneficiary links, reciprocity and fulfilment links, status history and citations.")
    public DeleteCommitmentPayload deleteCommitment(@NonNull @Description("The commitment and its version.") DeleteCommitmentInput input) {
        return new DeleteCommitmentPayload(service.deleteCommitment(input));
    }

    @Mutation
    @NonNull
    @Description("Appends a dated, cited change to a commitment's status history and sets its status. A note saying why is required to leave a final status for a non-final one, to record the current status again, or to date the change before the latest recorded one (which then leaves the status as it is); otherwise the error is BAD_USER_INPUT.")
    public RecordCommitmentStatusPayload recordCommitmentStatus(@NonNull @Description("The commitment, the new status, its date and sources.") RecordCommitmentStatusInput input) {
        return service.recordCommitmentStatus(input);
    }

    @Mutation
    @NonNull
    @Description("Records that an event kept a commitment, in whole or in part. CONFLICT if they are linked already.")
    public LinkFulfilmentPayload linkFulfilment(@NonNull @Description("The commitment and the event.") LinkFulfilmentInput input) {
        return service.linkFulfilment(input);
    }

    @Mutation
    @NonNull
    @Description("Removes the link between a commitment and an event that kept it. NOT_FOUND if they are not linked.")
    public UnlinkFulfilmentPayload unlinkFulfilment(@NonNull @Description("The commitment and the event.") UnlinkFulfilmentInput input) {
        return service.unlinkFulfilment(input);
    }
}
