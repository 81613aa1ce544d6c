package org.accord.place;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.cite;
import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.missing;
import static org.accord.support.Fixtures.place;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.Fixtures.version;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** createPlace, updatePlace and deletePlace, over HTTP. */
@QuarkusTest
public class PlaceMutationsTest {

    static final String FIELDS = "id version name kind countryCode latitude longitude within { id }";
    static final String CREATE = "mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { " + FIELDS + " } } }";
    static final String UPDATE = "mutation($in: UpdatePlaceInput!) { updatePlace(input: $in) { place { " + FIELDS + " } } }";
    static final String DELETE = "mutation($in: DeletePlaceInput!) { deletePlace(input: $in) { deletedId } }";

    @Test
    void createUpdateAndDeleteAPlace() {
        String country = data(CREATE, "in", map("name", unique("Testland"), "kind", "COUNTRY", "countryCode", "TST")).getString("createPlace.place.id");
        String name = unique("Test city");
        JsonPath created = data(CREATE, "in", map("name", name, "kind", "CITY", "countryCode", "TST", "within", country, "latitude", 40.18, "longitude", 44.51));
        String id = created.getString("createPlace.place.id");
        assertEquals(name, created.getString("createPlace.place.name"));
        assertEquals(country, created.getString("createPlace.place.within.id"));
        assertEquals(40.18, created.getDouble("createPlace.place.latitude"), 1e-9);

        JsonPath updated = data(UPDATE, "in", map("id", id, "expectedVersion", 0, "name", name + " (renamed)", "kind", "SITE"));
        assertEquals(1, updated.getInt("updatePlace.place.version"));
        assertEquals("SITE", updated.getString("updatePlace.place.kind"));
        assertNull(updated.get("updatePlace.place.within"), "left out, so cleared");
        assertNull(updated.get("updatePlace.place.latitude"));
        assertThat(error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 0, "name", "x", "kind", "CITY")).get("message").toString(),
                containsString("Place " + id + " is at version 1, not 0"));

        String citation = cite(id, source(unique("Place source")), "in the city");
        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 1)).getString("deletePlace.deletedId"));
        assertFalse(exists(id));
        assertFalse(exists(citation));
        assertTrue(exists(country));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("name", "x", "kind", "CITY", "latitude", 91)).get("message").toString(),
                containsString("input.latitude: must be less than or equal to 90"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("name", "x", "kind", "CITY", "longitude", -180.5)).get("message").toString(),
                containsString("input.longitude"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("name", "x", "kind", "CITY", "countryCode", "AM")).get("message").toString(),
                containsString("input.countryCode"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("name", "x", "kind", "CITY", "within", actor(unique("Not a place")))).get("message").toString(),
                allOf(containsString("input.within"), containsString("not a Place id")));
        assertThat(error("NOT_FOUND", CREATE, "in", map("name", "x", "kind", "CITY", "within", missing("Place"))).get("message").toString(),
                containsString("input.within: no Place"));
    }

    @Test
    void aPlaceCannotLieWithinItself() {
        String region = place(unique("Region"));
        String city = data(CREATE, "in", map("name", unique("City in region"), "kind", "CITY", "within", region)).getString("createPlace.place.id");
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", region, "expectedVersion", 0, "name", "Region", "kind", "REGION", "within", region))
                .get("message").toString(), containsString("input.within: a place cannot lie within itself"));
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", region, "expectedVersion", 0, "name", "Region", "kind", "REGION", "within", city))
                .get("message").toString(), containsString("Place " + city + " lies within it"));
        assertEquals(0, version(region));
    }

    @Test
    void deleteIsRefusedWhileEventsOrPlacesDependOnIt() {
        String region = place(unique("Busy region"));
        data(CREATE, "in", map("name", unique("Town"), "kind", "CITY", "within", region));
        data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", map("kind", "MEETING", "status", "HELD", "title", unique("Meeting in the region"), "start", "2024", "place", region));
        String message = error("CONFLICT", DELETE, "in", map("id", region, "expectedVersion", 0)).get("message").toString();
        assertThat(message, allOf(containsString("Place " + region), containsString("1 event (held there)"), containsString("1 place (within it)")));
        assertTrue(exists(region));
    }
}
