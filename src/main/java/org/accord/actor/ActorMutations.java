package org.accord.actor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of actors and affiliations; {@link ActorService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class ActorMutations {

    @Inject
    ActorService service;

    @Mutation
    @NonNull
    @Description("Records an actor with its other names and external ids.")
    public CreateActorPayload createActor(@NonNull @Description("The actor.") CreateActorInput input) {
        return new CreateActorPayload(service.createActor(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces an actor's fields, names and external ids with the given ones (a field left out is cleared). CONFLICT if the actor is no longer at `expectedVersion`.")
    public UpdateActorPayload updateActor(@NonNull @Description("The actor's new state.") UpdateActorInput input) {
        return new UpdateActorPayload(service.updateActor(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes an actor with its names, external ids and citations. Refused (CONFLICT) while participations, affiliations, statements, quotes or commitments name it: remove those or merge the actor into another.")
    public DeleteActorPayload deleteActor(@NonNull @Description("The actor and its version.") DeleteActorInput input) {
        return new DeleteActorPayload(service.deleteActor(input));
    }

    @Mutation
    @NonNull
    @Description("Merges actors recorded twice into one: every link, external id, name and citation of the merged actors moves to the survivor (links it already has are dropped), each merged actor's name becomes an ALIAS of the survivor, and the merged actors are deleted. Their ids keep resolving to the survivor, in `node`, `actor` and every argument or filter taking an actor id.")
    public MergeActorsPayload mergeActors(@NonNull @Description("The survivor and the actors to merge into it.") MergeActorsInput input) {
        return service.mergeActors(input);
    }

    @Mutation
    @NonNull
    @Description("Records a position of one actor in another.")
    public CreateAffiliationPayload createAffiliation(@NonNull @Description("The affiliation.") CreateAffiliationInput input) {
        return new CreateAffiliationPayload(service.createAffiliation(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces an affiliation's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateAffiliationPayload updateAffiliation(@NonNull @Description("The affiliation's new state.") UpdateAffiliationInput input) {
        return new UpdateAffiliationPayload(service.updateAffiliation(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes an affiliation with its citations.")
    public DeleteAffiliationPayload deleteAffiliation(@NonNull @Description("The affiliation and its version.") DeleteAffiliationInput input) {
        return new DeleteAffiliationPayload(service.deleteAffiliation(input));
    }
}
