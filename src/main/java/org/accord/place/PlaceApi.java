package org.accord.place;

import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Id;
import org.accord.graphql.Where;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Page;
import org.accord.graphql.Ordering;
import org.accord.graphql.Nodes;
import org.accord.graphql.GlobalId;
import org.accord.graphql.Connections;
import org.accord.graphql.Folding;
import java.util.List;
import org.accord.graphql.Batch;
import org.accord.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Root queries for places, and the fields of Place resolved from other rows. */
@GraphQLApi
public class PlaceApi {

    @Query
    @Description("The place with this id, or null.")
    public Place place(@NonNull @Id @Description("A Place id.") String id) {
        return Nodes.find(Place.class, id);
    }

    @Query
    @NonNull
    @Description("Places matching the filter, by name: for an analyst to find a place already recorded before recording a new one.")
    public PlaceConnection places(
            @Description("Criteria the places must meet.") PlaceFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        PlaceFilter f = filter == null ? new PlaceFilter() : filter;
        Where where = Where.all()
                .and("e.kind = :kind", "kind", f.kind)
                .and("e.withinId = :within", "within", GlobalId.decodeNullable(f.within, Place.TYPE))
                .and("e.countryCode = :countryCode", "countryCode", f.countryCode)
                .and("e.searchText like :name escape '\\'", "name", f.name == null ? null : Where.containing(Folding.fold(f.name)));
        return Connections.query(Place.class, where, Ordering.byText("e.name", p -> p.name), Page.of(first, after, last, before),
                PlaceConnection::new);
    }

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
