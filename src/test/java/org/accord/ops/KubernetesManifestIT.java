package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests that quarkus-kubernetes generates at build time (no cluster needed):
 * target/kubernetes for the default build and target/postgresql-it/kubernetes for the PostgreSQL
 * build, which is the one to deploy. Checks what an operator relies on: replicas, probes on the
 * health endpoints, resources, and the database settings taken from a secret.
 */
class KubernetesManifestIT {

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes", "postgresql-it/kubernetes"})
    void deploymentHasReplicasProbesResourcesAndTheDatabaseSecret(String dir) throws IOException {
        Path target = Path.of(System.getProperty("accord.target.dir", "target"));
        Path json = target.resolve(dir).resolve("kubernetes.json");
        // a native build (-Dnative -Ppostgresql) is itself the PostgreSQL build: no second one
        Assumptions.assumeFalse(AppProcess.NATIVE && !Files.exists(json), "no separate PostgreSQL build in native mode");
        assertTrue(Files.isRegularFile(target.resolve(dir).resolve("kubernetes.yml")), "kubernetes.yml is generated in " + dir);
        JsonNode items = Json.parse(Files.readString(json));
        Map<String, JsonNode> byKind = new HashMap<>();
        List<String> kinds = new ArrayList<>();
        for (JsonNode item : items) {
            kinds.add(item.get("kind").asText());
            byKind.put(item.get("kind").asText(), item);
        }
        assertTrue(kinds.contains("Service"), kinds::toString);
        // plain `kubectl apply` works on any cluster: no operator CRDs, no extra init Job
        assertFalse(kinds.contains("ServiceMonitor"), kinds::toString);
        assertFalse(kinds.contains("Job"), kinds::toString);

        JsonNode deployment = byKind.get("Deployment");
        assertTrue(deployment != null, kinds::toString);
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, () -> "replicas: " + deployment.at("/spec/replicas"));
        JsonNode podSpec = deployment.at("/spec/template/spec");
        assertTrue(podSpec.path("initContainers").isMissingNode() || podSpec.path("initContainers").isEmpty(), podSpec::toString);
        JsonNode container = podSpec.at("/containers/0");

        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertTrue(container.at("/startupProbe/failureThreshold").asInt() >= 30, "first start migrates and seeds");

        assertFalse(container.at("/resources/requests/cpu").asText().isEmpty(), container::toString);
        assertFalse(container.at("/resources/requests/memory").asText().isEmpty(), container::toString);
        assertFalse(container.at("/resources/limits/memory").asText().isEmpty(), container::toString);

        Map<String, JsonNode> env = new HashMap<>();
        container.get("env").forEach(e -> env.put(e.get("name").asText(), e));
        for (String[] variable : new String[][] {{"QUARKUS_DATASOURCE_JDBC_URL", "jdbc-url"},
                {"QUARKUS_DATASOURCE_USERNAME", "username"}, {"QUARKUS_DATASOURCE_PASSWORD", "password"}}) {
            JsonNode e = env.get(variable[0]);
            assertTrue(e != null, () -> variable[0] + " in " + env.keySet());
            assertTrue(e.path("value").isMissingNode(), () -> variable[0] + " is not written into the manifest");
            assertEquals("accord-db", e.at("/valueFrom/secretKeyRef/name").asText(), e::toString);
            assertEquals(variable[1], e.at("/valueFrom/secretKeyRef/key").asText(), e::toString);
        }
        for (String[] variable : new String[][] {{"MP_JWT_VERIFY_PUBLICKEY_LOCATION", "publickey-location"},
                {"MP_JWT_VERIFY_ISSUER", "issuer"}}) {
            JsonNode e = env.get(variable[0]);
            assertTrue(e != null, () -> variable[0] + " in " + env.keySet());
            assertEquals("accord-auth", e.at("/valueFrom/configMapKeyRef/name").asText(), e::toString);
            assertEquals(variable[1], e.at("/valueFrom/configMapKeyRef/key").asText(), e::toString);
        }
        assertEquals("5s", env.get("QUARKUS_SHUTDOWN_DELAY").get("value").asText());
        assertTrue(deployment.at("/spec/template/metadata/annotations/prometheus.io~1path").asText().equals("/q/metrics"), deployment::toString);
        if (dir.startsWith("postgresql") || Boolean.getBoolean("accord.it.postgresql-build")) {
            assertTrue(container.get("image").asText().contains("/accord-postgresql:"), container.get("image")::toString);
        }
    }
}
