package org.accord.place;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.accord.graphql.Mutating;
import org.accord.graphql.Dependents;
import org.accord.graphql.GlobalId;
import org.accord.graphql.Versions;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Nodes;
import org.accord.place.PlaceMutations.CreatePlaceInput;
import org.accord.place.PlaceMutations.PlaceValues;
import org.accord.place.PlaceMutations.DeletePlaceInput;
import org.accord.place.PlaceMutations.UpdatePlaceInput;
import org.accord.source.Citations;

/** Writes places, one transaction per mutation. A place owns only its citations. */
@ApplicationScoped
@Mutating
public class PlaceService {

    public Place createPlace(CreatePlaceInput input) {
        Place saved = save(new Place(), input);
        Citations.add(saved, input.citations, "input.citations");
        return saved;
    }

    public Place updatePlace(UpdatePlaceInput input) {
        return save(Versions.require(Place.class, input.id, input.expectedVersion), input);
    }

    public String deletePlace(DeletePlaceInput input) {
        Place place = Versions.require(Place.class, input.id(), input.expectedVersion());
        Dependents.of(place, place.name)
                .add("select count(e) from Event e where e.placeId = :id", place.pk, "event (held there)", "events (held there)")
                .add("select count(e) from Place e where e.withinId = :id", place.pk, "place (within it)", "places (within it)")
                .refuseDeletion("move or delete them first");
        Citations.deleteFor(List.of(place.pk));
        place.delete();
        return place.getId();
    }

    /** Writes the input into a new or stored place. */
    private static Place save(Place place, PlaceValues input) {
        Place within = Nodes.requireNullable(Place.class, input.within, "input.within");
        if (within != null) {
            String problem = Place.withinProblem(place.pk, within.pk,
                    pk -> Panache.getEntityManager().find(Place.class, pk).withinId, pk -> "Place " + GlobalId.encode(Place.TYPE, pk));
            if (problem != null) {
                throw new BadUserInputException("input.within: " + problem);
            }
        }
        place.name = input.name;
        place.kind = input.kind;
        place.countryCode = input.countryCode;
        place.withinId = within == null ? null : within.pk;
        place.latitude = input.latitude;
        place.longitude = input.longitude;
        place.persist(); // a stored place is managed already, and persist leaves it as it is
        return place;
    }

}
