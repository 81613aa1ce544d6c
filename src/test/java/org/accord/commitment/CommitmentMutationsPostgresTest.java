package org.accord.commitment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The commitment mutations and statusAsOf again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class CommitmentMutationsPostgresTest extends CommitmentMutationsTest {
}
