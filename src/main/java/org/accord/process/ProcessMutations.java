package org.accord.process;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of processes; {@link ProcessService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class ProcessMutations {

    @Inject
    ProcessService service;

    @Mutation
    @NonNull
    @Description("Records a conflict or peace process.")
    public CreateProcessPayload createProcess(@NonNull @Description("The process.") CreateProcessInput input) {
        return new CreateProcessPayload(service.createProcess(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces a process's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateProcessPayload updateProcess(@NonNull @Description("The process's new state.") UpdateProcessInput input) {
        return new UpdateProcessPayload(service.updateProcess(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes a process with its citations. Refused (CONFLICT) while events, statements or commitments belong to it.")
    public DeleteProcessPayload deleteProcess(@NonNull @Description("The process and its version.") DeleteProcessInput input) {
        return new DeleteProcessPayload(service.deleteProcess(input));
    }
}
