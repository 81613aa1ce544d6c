package org.accord.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.accord.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar (H2 build) and its token keys, as an operator meets them: prod refuses the
 * development key however it is given, and needs an issuer with a key; the local profile takes the
 * development key and the tokens of scripts/dev-token.sh (docs/security.md's procedure); prod with a
 * provider's key takes that provider's tokens and no others.
 */
class DevelopmentKeyIT {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String DEV_KEY_FILE = Path.of("src/main/resources/security/accord-dev-public.pem").toAbsolutePath().toString();
    private static final String WRITE = "mutation { createActor(input: {kind: PERSON, name: \"Key Check\"}) { actor { name } } }";

    private static Map<String, String> env(String... pairs) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("ACCORD_H2_PATH", Files.createTempDirectory("accord-keys").resolve("accord").toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    /** The server exits without serving, and its log gives one of the reasons. */
    private static void assertRefusesToStart(Map<String, String> env, String... reasons) throws Exception {
        try (AppProcess app = new AppProcess(JAR, env)) {
            int exit = app.start().awaitExit(180);
            assertNotEquals(0, exit, app::log);
            String log = app.log();
            assertTrue(java.util.Arrays.stream(reasons).anyMatch(log::contains), log);
        }
    }

    @Test
    void prodRefusesTheDevelopmentKey() throws Exception {
        assertRefusesToStart(env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "security/accord-dev-public.pem", "MP_JWT_VERIFY_ISSUER", "accord-dev"),
                "the token verification key is Accord's development key");
        // the same key copied to a file, under another issuer, through smallrye-jwt's own setting
        assertRefusesToStart(env("SMALLRYE_JWT_VERIFY_KEY_LOCATION", "file:" + DEV_KEY_FILE, "MP_JWT_VERIFY_ISSUER", "https://id.example"),
                "the token verification key is Accord's development key");
        // a key location that cannot be read is not taken on trust (smallrye-jwt itself refuses a missing file)
        assertRefusesToStart(env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/nonexistent/key.pem", "MP_JWT_VERIFY_ISSUER", "https://id.example"),
                "cannot read the token verification key", "SRJWT02002: Failed to read the public key"); // ours, or smallrye-jwt's own
    }

    @Test
    void prodRefusesAKeyWithoutAnIssuer() throws Exception {
        Path key = Tokens.generate("unused").writePublicKey(Path.of("target/it-keys/no-issuer.pem"));
        assertRefusesToStart(env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toAbsolutePath().toString()), "without MP_JWT_VERIFY_ISSUER");
    }

    @Test
    void theLocalProfileTakesTokensOfTheDevTokenScript() throws Exception {
        Process script = new ProcessBuilder("bash", "scripts/dev-token.sh", "--roles", "editor").redirectErrorStream(true).start();
        String token = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, script.waitFor(), token);
        try (AppProcess app = new AppProcess(JAR, env("QUARKUS_PROFILE", "local"))) {
            app.start().awaitReady();
            assertEquals(401, app.graphql(WRITE, null, Map.of()).statusCode());
            HttpResponse<String> written = app.graphql(WRITE, null, Map.of("Authorization", "Bearer " + token));
            assertEquals(200, written.statusCode(), written::body);
            assertTrue(written.body().contains("\"name\":\"Key Check\""), written::body);
        }
    }

    @Test
    void prodTakesTheProvidersTokensOnly() throws Exception {
        Tokens provider = Tokens.generate("https://id.example/realms/accord");
        Path key = provider.writePublicKey(Path.of("target/it-keys/provider.pem"));
        try (AppProcess app = new AppProcess(JAR, env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toAbsolutePath().toString(),
                "MP_JWT_VERIFY_ISSUER", provider.issuer))) {
            app.start().awaitReady();
            assertEquals(401, app.graphql(WRITE, null, Map.of("Authorization", Tokens.DEV.editor())).statusCode(),
                    "a development token is refused in prod");
            assertEquals(403, app.graphql(WRITE, null, Map.of("Authorization", "Bearer " + provider.token("rita", "reader"))).statusCode());
            String editor = provider.token("edna", "editor");
            HttpResponse<String> written = app.graphql(WRITE, null, Map.of("Authorization", "Bearer " + editor));
            assertEquals(200, written.statusCode(), written::body);
            assertTrue(written.body().contains("\"name\":\"Key Check\""), written::body);
            assertTrue(!app.log().contains(editor.substring(editor.lastIndexOf('.'))), "no token in the log: " + app.log());
        }
    }
}
