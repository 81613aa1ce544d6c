package org.accord.event;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The event mutations again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EventMutationsPostgresTest extends EventMutationsTest {
}
