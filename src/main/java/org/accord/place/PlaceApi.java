package org.accord.place;

import java.util.List;
import org.accord.graphql.Batch;
import org.accord.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of Place resolved from other rows. */
@GraphQLApi
public class PlaceApi {

    @Description("The place this one lies within, e.g. Nagorno-Karabakh within Azerbaijan.")
    public List<Place> within(@Source List<Place> places) {
        return Batch.toOne(places, p -> p.withinId, Place.class);
    }

    @NonNull
    @Description("The sources that report this place.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Place> places) {
        return Citation.of(places);
    }
}
