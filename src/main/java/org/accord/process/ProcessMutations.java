package org.accord.process;

import java.util.List;
import jakarta.validation.Valid;
import org.accord.source.CitationInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Mutations of processes; {@link ProcessService} does the work, one transaction each.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class ProcessMutations {

    @Inject
    ProcessService service;

    @Mutation
    @Description("Records a conflict or peace process.")
    public CreateProcessPayload createProcess(@NonNull @Description("The process.") CreateProcessInput input) {
        return new CreateProcessPayload(service.createProcess(input));
    }

    @Mutation
    @Description("Replaces a process's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateProcessPayload updateProcess(@NonNull @Description("The process's new state.") UpdateProcessInput input) {
        return new UpdateProcessPayload(service.updateProcess(input));
    }

    @Mutation
    @Description("Deletes a process with its citations. Refused (CONFLICT) while events, statements or commitments belong to it.")
    public DeleteProcessPayload deleteProcess(@NonNull @Description("The process and its version.") DeleteProcessInput input) {
        return new DeleteProcessPayload(service.deleteProcess(input));
    }

    // ---- inputs and payloads ---------------------------------------------------------------------

    /** The fields createProcess and updateProcess share. */
    public abstract static class ProcessValues {

        @NotBlank
        @Size(max = 1000)
        @Description("Its name, e.g. Armenia–Azerbaijan normalisation.")
        public String name;

        @Size(max = 20000)
        @Description("What the process is about.")
        public String description;
    }

    @Input("CreateProcessInput")
    @Description("A new conflict or peace process.")
    public static class CreateProcessInput extends ProcessValues {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    /** The fields of {@link ProcessValues}, which replace the stored ones, plus the process and its version. */
    @Input("UpdateProcessInput")
    @Description("The new state of a process: every field of createProcess but `citations` is given again and replaces the stored value, so a field left out is cleared. Read the process first and send it back changed.")
    public static class UpdateProcessInput extends ProcessValues {

        @NotBlank
        @Id
        @Description("The Process id.")
        public String id;

        @Description("The version the client read; if the stored process is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("DeleteProcessInput")
    @Description("The process to delete, at the version the client read.")
    public record DeleteProcessInput(
            @NotBlank
            @Id
            @Description("The Process id.")
            String id,

            @Description("The version the client read; if the stored process is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("CreateProcessPayload")
    @Description("The result of createProcess.")
    public record CreateProcessPayload(
            @NonNull
            @Description("The process as stored, with its id and version 0.")
            Process process) {
    }

    @Type("UpdateProcessPayload")
    @Description("The result of updateProcess.")
    public record UpdateProcessPayload(
            @NonNull
            @Description("The process as stored now, with its new version.")
            Process process) {
    }

    @Type("DeleteProcessPayload")
    @Description("The result of deleteProcess.")
    public record DeleteProcessPayload(
            @NonNull
            @Id
            @Description("The id the deleted process had; it names nothing now.")
            String deletedId) {
    }
}
