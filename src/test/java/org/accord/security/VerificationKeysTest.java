package org.accord.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

/** The development key is recognised in every form a verification key can take, and no other key is. */
class VerificationKeysTest {

    private static final Path DEV_PEM = Path.of("src/main/resources/security/accord-dev-public.pem");

    private static PublicKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }

    private static RSAPublicKey devKey() throws Exception {
        String body = Files.readString(DEV_PEM).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String jwk(PublicKey key) {
        return new RsaJsonWebKey((RSAPublicKey) key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    @Test
    void recognisesThePemWhateverItsLayout() throws Exception {
        String pem = Files.readString(DEV_PEM);
        assertTrue(VerificationKeys.containsDevelopmentKey(pem));
        assertTrue(VerificationKeys.containsDevelopmentKey(pem.replace("\n", "\r\n") + "\n\n"));
        assertTrue(VerificationKeys.containsDevelopmentKey(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")),
                "bare base64, as mp.jwt.verify.publickey takes it");
    }

    @Test
    void recognisesAJwkAndAJwksHoldingIt() throws Exception {
        assertTrue(VerificationKeys.containsDevelopmentKey(jwk(devKey())));
        JsonWebKeySet set = new JsonWebKeySet(new RsaJsonWebKey((RSAPublicKey) otherKey()), new RsaJsonWebKey(devKey()));
        assertTrue(VerificationKeys.containsDevelopmentKey(set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        assertTrue(VerificationKeys.isDevelopmentKey(devKey()));
    }

    @Test
    void takesNoOtherKeyForIt() throws Exception {
        PublicKey other = otherKey();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(other.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        assertFalse(VerificationKeys.containsDevelopmentKey(pem));
        assertFalse(VerificationKeys.containsDevelopmentKey(jwk(other)));
        assertFalse(VerificationKeys.isDevelopmentKey(other));
        assertFalse(VerificationKeys.containsDevelopmentKey("not a key"));
        assertFalse(VerificationKeys.containsDevelopmentKey("{\"keys\": []}"));
    }
}
