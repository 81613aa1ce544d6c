package org.accord.live;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.accord.support.PostgresProfile;

/** Subscriptions on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SubscriptionsPostgresTest extends SubscriptionsTest {
}
