package org.accord.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start a production server that would accept tokens signed with the development key.
 * That key's private half is committed (dev-keys/) so that anyone can mint tokens for local use;
 * a server trusting it would let anyone write. The dev, test and local profiles may use it.
 *
 * <p>The configured key ({@code mp.jwt.verify.publickey}, or the file or classpath resource that
 * {@code mp.jwt.verify.publickey.location} names, as PEM, JWK or JWKS) is compared with the
 * development key by its PEM body and by its RSA modulus. A JWKS URL is not fetched here: it is
 * an identity provider's, which never holds this key.
 *
 * <p>It also warns when no key is configured (every mutation is then refused) and refuses a key
 * without {@code mp.jwt.verify.issuer}: without it, a token from any issuer that shares the
 * provider's keys would pass.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    static final String DEV_KEY_RESOURCE = "security/accord-dev-public.pem";
    private static final List<String> DEV_KEY_PROFILES = List.of("dev", "test", "local");
    private static final Logger LOG = Logger.getLogger(DevelopmentKeyGuard.class);

    void check(@Observes StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        if (inline.isEmpty() && location.isEmpty()) {
            LOG.warn("No token verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): every mutation will be"
                    + " refused with 401. See the README, section Security.");
            return;
        }
        if (DEV_KEY_PROFILES.stream().anyMatch(ConfigUtils.getProfiles()::contains)) {
            return;
        }
        String configured = inline.orElseGet(() -> read(location.get()));
        if (configured != null && isDevelopmentKey(configured)) {
            throw new IllegalStateException("Refusing to start: the token verification key is Accord's development key,"
                    + " whose private half is public. Configure your identity provider's key (MP_JWT_VERIFY_PUBLICKEY_LOCATION),"
                    + " or run with QUARKUS_PROFILE=local for local use only.");
        }
        if (config.getOptionalValue("mp.jwt.verify.issuer", String.class).isEmpty()) {
            throw new IllegalStateException("Refusing to start: a token verification key is configured without"
                    + " MP_JWT_VERIFY_ISSUER, so tokens of any issuer would be accepted.");
        }
    }

    /** Whether the text (PEM, JWK or JWKS) holds the development key. */
    static boolean isDevelopmentKey(String keyText) {
        String compact = keyText.replaceAll("\\s", "");
        DevelopmentKey dev = DevelopmentKey.INSTANCE;
        return compact.contains(dev.pemBody) || compact.contains(dev.modulusBase64Url);
    }

    /** The key text at a location, or null when it is a URL (a JWKS endpoint) or cannot be read. */
    private static String read(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return null;
        }
        String path = location.replaceFirst("^(classpath|file):", "");
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in != null && !location.startsWith("file:")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(path);
            return Files.isReadable(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token verification key at " + location, e);
        }
    }

    /** The development public key, in the two forms a configured key may contain it. */
    private record DevelopmentKey(String pemBody, String modulusBase64Url) {
        static final DevelopmentKey INSTANCE = load();

        private static DevelopmentKey load() {
            try (InputStream in = DevelopmentKeyGuard.class.getClassLoader().getResourceAsStream(DEV_KEY_RESOURCE)) {
                String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                RSAPublicKey key = (RSAPublicKey) KeyFactory
                        .getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                                Base64.getDecoder().decode(body)));
                byte[] modulus = key.getModulus().toByteArray();
                if (modulus[0] == 0) { // JWK's n is unsigned: drop the sign byte
                    modulus = Arrays.copyOfRange(modulus, 1, modulus.length);
                }
                return new DevelopmentKey(body, Base64.getUrlEncoder().withoutPadding().encodeToString(modulus));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("The development key resource " + DEV_KEY_RESOURCE + " is unreadable", e);
            }
        }
    }
}
