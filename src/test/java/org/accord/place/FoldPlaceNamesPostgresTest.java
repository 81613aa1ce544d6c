package org.accord.place;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Quarkus runs the Java migration 14.1 on a real PostgreSQL server too. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class FoldPlaceNamesPostgresTest extends FoldPlaceNamesTest {
}
