package dev.muster.devices.registry;

import dev.muster.devices.api.SshKeyView;
import dev.muster.devices.sshkeys.SshPublicKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** The SSH public key a device published, with what the registry shows of it. */
@Embeddable
public class DeviceSshKey {

    @Column(name = "ssh_key", length = 16_384)
    private String publicKey;

    @Column(name = "ssh_key_algorithm", length = 16)
    private String algorithm;

    @Column(name = "ssh_key_bits")
    private Integer bits;

    @Column(name = "ssh_key_fingerprint", length = 64)
    private String fingerprint;

    @Column(name = "ssh_key_comment", length = 255)
    private String comment;

    @Column(name = "ssh_key_updated_at")
    private Instant updatedAt;

    protected DeviceSshKey() {
    }

    static DeviceSshKey of(SshPublicKey key, Instant now) {
        DeviceSshKey stored = new DeviceSshKey();
        stored.publicKey = key.type() + " " + key.base64();
        stored.algorithm = key.algorithm();
        stored.bits = key.bits();
        stored.fingerprint = key.fingerprint();
        stored.comment = key.comment();
        stored.updatedAt = now;
        return stored;
    }

    static DeviceSshKey none() {
        return new DeviceSshKey();
    }

    boolean isEmpty() {
        return publicKey == null;
    }

    /** {@code type base64}, without the device's own comment. */
    String publicKey() {
        return publicKey;
    }

    SshKeyView view() {
        return new SshKeyView(algorithm, bits == null ? 0 : bits, fingerprint, comment, publicKey, updatedAt);
    }
}
