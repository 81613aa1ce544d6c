package org.accord.place;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code places} and {@code place(id:)}: an analyst finds a place already recorded, by kind, name or what it lies within. */
@QuarkusTest
public class PlaceQueriesTest {

    static final String CREATE = "mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { id } } }";
    static final String PLACES = "query($f: PlaceFilter, $first: Int, $after: String) { places(filter: $f, first: $first, after: $after)"
            + " { totalCount nodes { id name kind } pageInfo { hasNextPage endCursor } } }";

    @Test
    void placesAreFoundByKindNameAndWhatTheyLieWithin() {
        String tag = unique("Qx");
        String country = data(CREATE, "in", map("name", "Land " + tag, "kind", "COUNTRY", "countryCode", "XQX")).getString("createPlace.place.id");
        String capital = data(CREATE, "in", map("name", "Capital City " + tag, "kind", "CITY", "within", country)).getString("createPlace.place.id");
        String port = data(CREATE, "in", map("name", "Port Town " + tag, "kind", "CITY", "within", country)).getString("createPlace.place.id");
        data(CREATE, "in", map("name", "Hill Site " + tag, "kind", "SITE", "within", capital));

        assertEquals(List.of(capital, port), data(PLACES, "f", map("within", country)).getList("places.nodes.id"), "directly within, by name");
        assertEquals(List.of(capital), data(PLACES, "f", map("name", "capital city " + tag.toLowerCase())).getList("places.nodes.id"),
                "name contains, ignoring case");
        assertEquals(List.of(port), data(PLACES, "f", map("kind", "CITY", "name", "port town " + tag)).getList("places.nodes.id"));
        assertEquals(List.of(country), data(PLACES, "f", map("countryCode", "XQX")).getList("places.nodes.id"));
        assertEquals("Land " + tag, data("query($id: ID!) { place(id: $id) { name } }", "id", country).getString("place.name"));

        var firstPage = data(PLACES, "f", map("within", country), "first", 1);
        assertEquals(2, firstPage.getInt("places.totalCount"));
        assertEquals(List.of(port), data(PLACES, "f", map("within", country), "first", 1, "after",
                firstPage.getString("places.pageInfo.endCursor")).getList("places.nodes.id"), "pages by cursor");

        assertThat(error("BAD_USER_INPUT", PLACES, "f", map("within", actor(unique("Not a place")))).get("message").toString(),
                containsString("not a Place id"));
        assertEquals(List.of(), data(PLACES, "f", map("name", "100%_" + tag)).getList("places.nodes"), "% and _ are literal");

        String susa = data(CREATE, "in", map("name", "Şuşa " + tag, "kind", "CITY", "within", country)).getString("createPlace.place.id");
        assertEquals(List.of(susa), data(PLACES, "f", map("name", "SUSA " + tag)).getList("places.nodes.id"), "ignoring accents");
    }
}
