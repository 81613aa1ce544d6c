package org.accord.place;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of places; {@link PlaceService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class PlaceMutations {

    @Inject
    PlaceService service;

    @Mutation
    @NonNull
    @Description("Records a place.")
    public CreatePlacePayload createPlace(@NonNull @Description("The place.") CreatePlaceInput input) {
        return new CreatePlacePayload(service.createPlace(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces a place's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdatePlacePayload updatePlace(@NonNull @Description("The place's new state.") UpdatePlaceInput input) {
        return new UpdatePlacePayload(service.updatePlace(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes a place with its citations. Refused (CONFLICT) while events are held there or places lie within it.")
    public DeletePlacePayload deletePlace(@NonNull @Description("The place and its version.") DeletePlaceInput input) {
        return new DeletePlacePayload(service.deletePlace(input));
    }
}
