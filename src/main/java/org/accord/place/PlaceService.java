package org.accord.place;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.ConflictException;
import org.accord.graphql.Nodes;
import org.accord.place.PlaceMutations.CreatePlaceInput;
import org.accord.place.PlaceMutations.DeletePlaceInput;
import org.accord.place.PlaceMutations.PlaceValues;
import org.accord.place.PlaceMutations.UpdatePlaceInput;
import org.accord.source.Citations;

/** Writes places, one transaction per mutation. A place owns only its citations. */
@ApplicationScoped
public class PlaceService {

    @Inject
    Validator validator;

    @Transactional
    public Place createPlace(CreatePlaceInput input) {
        BadUserInputException.validate(validator, input);
        Place place = new Place();
        set(place, input);
        place.persist();
        ConflictException.flush();
        return place;
    }

    @Transactional
    public Place updatePlace(UpdatePlaceInput input) {
        BadUserInputException.validate(validator, input);
        Place place = Nodes.require(Place.class, input.id(), "input.id");
        ConflictException.requireVersion(place, input.expectedVersion());
        set(place, input);
        ConflictException.flush();
        return place;
    }

    @Transactional
    public String deletePlace(DeletePlaceInput input) {
        BadUserInputException.validate(validator, input);
        Place place = Nodes.require(Place.class, input.id(), "input.id");
        ConflictException.requireVersion(place, input.expectedVersion());
        ConflictException.dependents(Place.TYPE + " " + place.getId() + " ('" + place.name + "')")
                .add("select count(e) from Event e where e.placeId = :id", place.pk, "event (held there)", "events (held there)")
                .add("select count(e) from Place e where e.withinId = :id", place.pk, "place (within it)", "places (within it)")
                .refuseDeletion("move or delete them first");
        Citations.deleteFor(List.of(place.pk));
        place.delete();
        ConflictException.flush();
        return place.getId();
    }

    private static void set(Place place, PlaceValues input) {
        Place within = Nodes.requireNullable(Place.class, input.within(), "input.within");
        if (within != null && place.pk != null) {
            // A place may not end up within itself, directly or through the places around it.
            Place around = within;
            for (int depth = 0; around != null && depth < 100; depth++) {
                if (around.pk.equals(place.pk)) {
                    throw new BadUserInputException("input.within: a place cannot lie within itself"
                            + (around == within ? "" : " (Place " + within.getId() + " lies within it)"));
                }
                around = around.withinId == null ? null : Panache.getEntityManager().find(Place.class, around.withinId);
            }
        }
        place.name = input.name();
        place.kind = input.kind();
        place.countryCode = input.countryCode();
        place.withinId = within == null ? null : within.pk;
        place.latitude = input.latitude();
        place.longitude = input.longitude();
    }

}
