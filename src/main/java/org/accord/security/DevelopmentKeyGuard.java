package org.accord.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refuses to start a production server that would accept tokens signed with the development key.
 * That key's private half is committed (dev-keys/) so that anyone can mint tokens for local use;
 * a server trusting it would let anyone write. The dev, test and local profiles may use it.
 *
 * <p>It checks the key smallrye-jwt itself resolved from whichever setting gave it
 * ({@code mp.jwt.verify.publickey}, {@code mp.jwt.verify.publickey.location},
 * {@code smallrye.jwt.verify.key.location}), read with smallrye-jwt's own resource reader, and
 * compares RSA moduli ({@link VerificationKeys}), so PEM, certificate, JWK and JWKS forms are all
 * recognised. In production it also refuses a key it cannot read (except a JWKS URL that does not
 * answer yet: an identity provider's, read again by smallrye-jwt when tokens arrive) and a key
 * without {@code mp.jwt.verify.issuer}. It warns when no key is configured (every mutation is then
 * refused) and when no audience is (tokens the provider issued to other clients would pass).
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    private static final List<String> DEV_KEY_PROFILES = List.of("dev", "test", "local");
    private static final Logger LOG = Logger.getLogger(DevelopmentKeyGuard.class);

    @Inject
    JWTAuthContextInfo jwt;

    void check(@Observes StartupEvent start) {
        String location = jwt.getPublicKeyLocation();
        String content = jwt.getPublicKeyContent();
        boolean anyKey = location != null || content != null || jwt.getPublicVerificationKey() != null
                || jwt.getSecretVerificationKey() != null || jwt.getSecretKeyContent() != null;
        if (!anyKey) {
            LOG.warn("No token verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): every mutation will be"
                    + " refused with 401. See docs/security.md.");
            return;
        }
        if (DEV_KEY_PROFILES.stream().anyMatch(ConfigUtils.getProfiles()::contains)) {
            return;
        }
        String keyText = content != null ? content : location != null ? read(location) : null;
        if (keyText != null && VerificationKeys.containsDevelopmentKey(keyText)
                || VerificationKeys.isDevelopmentKey(jwt.getPublicVerificationKey())) {
            throw new IllegalStateException("Refusing to start: the token verification key is Accord's development key,"
                    + " whose private half is public. Configure your identity provider's key (MP_JWT_VERIFY_PUBLICKEY_LOCATION),"
                    + " or run with QUARKUS_PROFILE=local for local use only.");
        }
        if (jwt.getIssuedBy() == null || jwt.getIssuedBy().isBlank()) {
            throw new IllegalStateException("Refusing to start: a token verification key is configured without"
                    + " MP_JWT_VERIFY_ISSUER, so tokens of any issuer would be accepted.");
        }
        if (jwt.getExpectedAudience() == null || jwt.getExpectedAudience().isEmpty()) {
            LOG.warn("No token audience is configured (MP_JWT_VERIFY_AUDIENCES): tokens the identity provider issued to"
                    + " any of its clients are accepted if they carry the role.");
        }
    }

    /** The key text at a location; null for a JWKS URL that cannot be read now; a refusal for any other. */
    private static String read(String location) {
        try {
            String text = ResourceUtils.readResource(location);
            if (text != null) {
                return text;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Cannot read the token verification key at %s", location);
        }
        if (location.regionMatches(true, 0, "http", 0, 4)) {
            LOG.warnf("The token verification key at %s cannot be read now; it is read again when tokens arrive", location);
            return null;
        }
        throw new IllegalStateException("Refusing to start: cannot read the token verification key at " + location
                + " (MP_JWT_VERIFY_PUBLICKEY_LOCATION or SMALLRYE_JWT_VERIFY_KEY_LOCATION)");
    }
}
