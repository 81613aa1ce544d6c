package org.accord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** A fact in one request, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class FactInOneRequestPostgresTest extends FactInOneRequestTest {
}
