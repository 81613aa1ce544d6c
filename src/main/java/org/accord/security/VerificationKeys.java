package org.accord.security;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Recognises the development public key (classpath {@value #DEV_KEY_RESOURCE}) in any form a
 * verification key may be given: a PEM public key or certificate, bare base64, a JWK or a JWKS.
 * Keys are compared by RSA modulus, so formatting, padding or a leading zero byte make no difference.
 */
final class VerificationKeys {

    static final String DEV_KEY_RESOURCE = "security/accord-dev-public.pem";
    private static final BigInteger DEV_MODULUS = loadDevelopmentModulus();

    private VerificationKeys() {
    }

    /** Whether any RSA key in the text (PEM, certificate, base64, JWK or JWKS) is the development key. */
    static boolean containsDevelopmentKey(String keyText) {
        return moduli(keyText).contains(DEV_MODULUS);
    }

    static boolean isDevelopmentKey(PublicKey key) {
        return key instanceof RSAPublicKey rsa && rsa.getModulus().equals(DEV_MODULUS);
    }

    /** The RSA moduli of the keys in the text; empty when it holds none that can be read. */
    static List<BigInteger> moduli(String keyText) {
        List<BigInteger> moduli = new ArrayList<>();
        String text = keyText.strip();
        try {
            if (text.startsWith("{")) {
                List<JsonWebKey> keys = text.contains("\"keys\"") ? new JsonWebKeySet(text).getJsonWebKeys()
                        : List.of(JsonWebKey.Factory.newJwk(text));
                for (JsonWebKey key : keys) {
                    if (key instanceof RsaJsonWebKey rsa) {
                        moduli.add(rsa.getRsaPublicKey().getModulus());
                    }
                }
            } else {
                PublicKey key = text.contains("CERTIFICATE") ? KeyUtils.decodeCertificate(text) : KeyUtils.decodePublicKey(text);
                if (key instanceof RSAPublicKey rsa) {
                    moduli.add(rsa.getModulus());
                }
            }
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException unreadable) {
            // not a key in a form we know: nothing to compare
        }
        return moduli;
    }

    private static BigInteger loadDevelopmentModulus() {
        try (InputStream in = VerificationKeys.class.getClassLoader().getResourceAsStream(DEV_KEY_RESOURCE)) {
            List<BigInteger> moduli = moduli(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (moduli.size() != 1) {
                throw new IllegalStateException("The development key resource " + DEV_KEY_RESOURCE + " holds no RSA key");
            }
            return moduli.get(0);
        } catch (IOException e) {
            throw new IllegalStateException("The development key resource " + DEV_KEY_RESOURCE + " is unreadable", e);
        }
    }
}
