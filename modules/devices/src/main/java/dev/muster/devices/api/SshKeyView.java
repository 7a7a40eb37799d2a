package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A device's SSH public key as the registry shows it. */
@Schema(name = "SshKey")
public record SshKeyView(@Schema(example = "ED25519") String algorithm,
                         @Schema(example = "256") int bits,
                         @Schema(example = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s") String fingerprint,
                         @Schema(example = "pi@cam-lobby-01") String comment,
                         String publicKey,
                         Instant updatedAt) {
}
