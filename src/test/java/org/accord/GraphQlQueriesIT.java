package org.accord;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The query suite against the packaged jar, started as a user starts it (prod mode, H2 file database). */
@QuarkusIntegrationTest
class GraphQlQueriesIT extends GraphQlQueriesTest {
}
