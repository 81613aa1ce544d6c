package org.accord.execution;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Enum errors list the allowed values on a PostgreSQL build too (the values come from the schema, not the database). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EnumErrorsPostgresTest extends EnumErrorsTest {
}
