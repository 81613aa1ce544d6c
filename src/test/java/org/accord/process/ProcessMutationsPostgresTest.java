package org.accord.process;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The process mutations again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ProcessMutationsPostgresTest extends ProcessMutationsTest {
}
