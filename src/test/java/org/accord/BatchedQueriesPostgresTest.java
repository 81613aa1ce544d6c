package org.accord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The statement-count bound again on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class BatchedQueriesPostgresTest extends BatchedQueriesTest {
}
