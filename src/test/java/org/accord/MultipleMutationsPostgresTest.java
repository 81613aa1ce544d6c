package org.accord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Several mutations in one document, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class MultipleMutationsPostgresTest extends MultipleMutationsTest {
}
