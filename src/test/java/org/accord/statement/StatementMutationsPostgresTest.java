package org.accord.statement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The statement mutations again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StatementMutationsPostgresTest extends StatementMutationsTest {
}
