package org.accord.live;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** The outbox on a real PostgreSQL server: its row lock and READ COMMITTED re-reads keep positions in commit order. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class TimelineOutboxPostgresTest extends TimelineOutboxTest {
}
