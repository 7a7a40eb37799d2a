package dev.muster.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets the server must read back later (a webhook's HMAC key, a Slack webhook URL), so a one-way
 * digest will not do: they are sealed with AES-256-GCM (JCA) under a key derived from the server key
 * ({@link SecretDigests#derive}, purpose {@value #PURPOSE}). A copy of the database alone therefore
 * reveals none of them. Each seal has a fresh random 96-bit nonce; the {@code context} (for example
 * the owning row's id) is bound as associated data, so a sealed value copied to another row does not
 * open there. Format: {@code v1.} + base64url(nonce || ciphertext || 128-bit tag).
 */
@ApplicationScoped
public class SealedSecrets {

    static final String PURPOSE = "muster sealed secrets v1";
    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecretDigests serverKey;

    private SecretKey key;

    @PostConstruct
    void derive() {
        key = new SecretKeySpec(serverKey.derive(PURPOSE), "AES");
    }

    /** For tests outside a container. */
    static SealedSecrets withKey(byte[] material) {
        SealedSecrets sealed = new SealedSecrets();
        sealed.key = new SecretKeySpec(material, "AES");
        return sealed;
    }

    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is required by every Java platform", e);
        }
    }

    /**
     * The secret sealed with {@code context}.
     *
     * @throws IllegalStateException if the value was not sealed by this server key with this context
     *                               (tampered with, moved, or the key file changed)
     */
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        byte[] in = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A sealed secret does not open: tampered with, moved or sealed under another server key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is required by every Java platform", e);
        }
    }
}
