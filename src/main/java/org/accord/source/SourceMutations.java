package org.accord.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of sources and citations; {@link SourceService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class SourceMutations {

    @Inject
    SourceService service;

    @Mutation
    @NonNull
    @Description("Records a source. CONFLICT if its url is stored already.")
    public CreateSourcePayload createSource(@NonNull @Description("The source.") CreateSourceInput input) {
        return new CreateSourcePayload(service.createSource(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces a source's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateSourcePayload updateSource(@NonNull @Description("The source's new state.") UpdateSourceInput input) {
        return new UpdateSourcePayload(service.updateSource(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes a source. Refused (CONFLICT) while citations cite it.")
    public DeleteSourcePayload deleteSource(@NonNull @Description("The source and its version.") DeleteSourceInput input) {
        return new DeleteSourcePayload(service.deleteSource(input));
    }

    @Mutation
    @NonNull
    @Description("Cites a source for a fact: an actor, affiliation, place, process, event, participation, statement, commitment or status change.")
    public AddCitationPayload addCitation(@NonNull @Description("The fact, the source and the supporting sentence.") AddCitationInput input) {
        return service.addCitation(input);
    }

    @Mutation
    @NonNull
    @Description("Removes a citation from the fact it cites.")
    public RemoveCitationPayload removeCitation(@NonNull @Description("The citation and its version.") RemoveCitationInput input) {
        return service.removeCitation(input);
    }
}
