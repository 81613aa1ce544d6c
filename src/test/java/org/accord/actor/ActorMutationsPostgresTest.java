package org.accord.actor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The actor mutations again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ActorMutationsPostgresTest extends ActorMutationsTest {
}
