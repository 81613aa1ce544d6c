package org.accord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Every test of {@link ConcurrentWritesTest}, on a real PostgreSQL server (READ COMMITTED) instead of H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ConcurrentWritesPostgresTest extends ConcurrentWritesTest {
}
