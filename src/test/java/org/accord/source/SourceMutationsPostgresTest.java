package org.accord.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The source and citation mutations again, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SourceMutationsPostgresTest extends SourceMutationsTest {
}
