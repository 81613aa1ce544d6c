package org.accord.event;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Undated facts and open date ends, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class UndatedFactsPostgresTest extends UndatedFactsTest {
}
