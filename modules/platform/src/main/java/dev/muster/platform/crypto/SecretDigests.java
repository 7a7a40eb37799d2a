package dev.muster.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Keyed digests (HMAC-SHA256) of machine-made secrets: device secrets, provisioning keys and
 * enrollment codes. The key lives outside the database (a file in the data directory, mode 600,
 * generated at first start, or given by configuration), so a copy of the database alone lets no
 * one test guesses offline, not even of a 6-character enrollment code. The digest is deterministic,
 * which lets the server find a code or key with one indexed lookup instead of checking every hash.
 * Clustered nodes must share the key file, as they share the token signing keys.
 */
@ApplicationScoped
public class SecretDigests {

    private static final Logger LOG = Logger.getLogger(SecretDigests.class.getName());
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    @ConfigProperty(name = "muster.secrets.key.location")
    String keyLocation;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        Path path = Path.of(keyLocation);
        try {
            if (!Files.exists(path)) {
                KeyFiles.writeOwnerOnly(path, Secrets.random(32) + "\n");
                LOG.info(() -> "Generated a new secret digest key in " + path.toAbsolutePath().getParent());
            }
            byte[] material = Base64.getUrlDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip());
            if (material.length < 32) {
                throw new IllegalStateException("The secret digest key in " + path + " must hold at least 256 bits");
            }
            key = new SecretKeySpec(material, ALGORITHM);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the secret digest key", e);
        }
    }

    /** For tests and tools outside a container: digests under a key given as raw bytes. */
    static SecretDigests withKey(byte[] material) {
        SecretDigests digests = new SecretDigests();
        digests.key = new SecretKeySpec(material.clone(), ALGORITHM);
        return digests;
    }

    /** The keyed digest of {@code secret}, 64 hex characters. */
    public String digest(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /**
     * 256 bits derived from the server key for one {@code purpose}: HKDF-Expand (RFC 5869, section
     * 2.3) with the server key as the pseudorandom key, which it is (256 random bits, so the Extract
     * step is not needed, section 3.3), and one output block, {@code HMAC(key, purpose || 0x01)}.
     * Different purposes give independent keys, so no key is used for two things.
     */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(new byte[]{1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Whether {@code secret} has the stored {@code digest}, compared in constant time. */
    public boolean matches(String secret, String digest) {
        return secret != null && Secrets.sameDigest(digest(secret), digest);
    }
}
