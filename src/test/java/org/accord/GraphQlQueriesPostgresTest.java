package org.accord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The query suite again, on a real PostgreSQL server: same migrations, same queries. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class GraphQlQueriesPostgresTest extends GraphQlQueriesTest {
}
