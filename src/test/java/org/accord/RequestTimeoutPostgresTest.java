package org.accord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.accord.support.PostgresProfile;

/** The request timeout on a real PostgreSQL server, where the statement timeout is the server's to enforce. */
@QuarkusTest
@TestProfile(RequestTimeoutPostgresTest.ShortTimeoutOnPostgres.class)
class RequestTimeoutPostgresTest extends RequestTimeoutTest {

    public static class ShortTimeoutOnPostgres extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(SHORT_TIMEOUT);
            return overrides;
        }
    }
}
