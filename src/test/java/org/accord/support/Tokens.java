package org.accord.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Signs bearer tokens for tests, as an identity provider would. {@link #DEV} uses the development
 * key that the dev and test profiles trust (dev-keys/accord-dev-private.pem, as
 * scripts/dev-token.sh does); {@link #generate} makes a fresh key pair for servers started in prod
 * mode, which refuse the development key, and for tokens a server must reject.
 */
public final class Tokens {

    /** Signs with the development key and its issuer, trusted by the test profile. */
    public static final Tokens DEV = new Tokens(readPrivateKey(Path.of("dev-keys/accord-dev-private.pem")),
            read(Path.of("src/main/resources/security/accord-dev-public.pem")), "accord-dev");

    private final PrivateKey privateKey;
    private final String publicKeyPem;
    public final String issuer;

    private Tokens(PrivateKey privateKey, String publicKeyPem, String issuer) {
        this.privateKey = privateKey;
        this.publicKeyPem = publicKeyPem;
        this.issuer = issuer;
    }

    /** A new RSA key pair, tokens issued by {@code issuer}. */
    public static Tokens generate(String issuer) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            return new Tokens(pair.getPrivate(), pem, issuer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key, tokens claiming another issuer. */
    public Tokens withIssuer(String otherIssuer) {
        return new Tokens(privateKey, publicKeyPem, otherIssuer);
    }

    /** Writes the public key as PEM (for MP_JWT_VERIFY_PUBLICKEY_LOCATION) and returns the file. */
    public Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, publicKeyPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token for {@code subject} with these roles, valid for an hour. */
    public String token(String subject, String... roles) {
        return claims(subject, roles).expiresIn(3600).sign(privateKey);
    }

    /** A token for {@code subject} with these roles, valid for {@code seconds}. */
    public String expiringIn(long seconds, String subject, String... roles) {
        return claims(subject, roles).expiresIn(seconds).sign(privateKey);
    }

    /** A token that expired {@code secondsAgo} seconds ago. */
    public String expired(String subject, long secondsAgo, String... roles) {
        Instant now = Instant.now();
        return claims(subject, roles).issuedAt(now.minusSeconds(secondsAgo + 3600)).expiresAt(now.minusSeconds(secondsAgo))
                .sign(privateKey);
    }

    /** {@code Bearer <token>} for an editor. */
    public String editor() {
        return "Bearer " + token("test-editor", "editor");
    }

    private JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(Set.of(roles));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey readPrivateKey(Path pem) {
        try {
            String body = read(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
