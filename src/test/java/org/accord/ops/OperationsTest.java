package org.accord.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.accord.support.GraphQl;
import org.junit.jupiter.api.Test;

/** Health and metrics endpoints of the embedded default, in-process (the packaged PostgreSQL jar: PostgresJarIT). */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessWithTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void metricsCountGraphQlOperationsAndShowThePool() {
        GraphQl.post("query OperationsProbe { actors(first: 1) { totalCount } }", Map.of());
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("accord_graphql_operations_seconds_count{"))
                .body(containsString("operation=\"OperationsProbe\""))
                .body(containsString("agroal_active_count{"))
                .body(containsString("agroal_max_used_count{"))
                .body(containsString("http_server_requests_seconds_count{"));
    }
}
