package org.accord.commitment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** createStatement with its commitments, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StatementWithCommitmentsPostgresTest extends StatementWithCommitmentsTest {
}
