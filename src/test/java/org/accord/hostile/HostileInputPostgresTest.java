package org.accord.hostile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The hostile-input corpus and the verbatim round trip on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class HostileInputPostgresTest extends HostileInputTest {
}
