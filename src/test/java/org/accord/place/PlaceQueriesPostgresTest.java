package org.accord.place;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The place queries again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PlaceQueriesPostgresTest extends PlaceQueriesTest {
}
