package org.accord.persisted;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The same automatic persisted queries, on PostgreSQL, where instances share the store. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PersistedQueriesPostgresTest extends PersistedQueriesTest {
}
