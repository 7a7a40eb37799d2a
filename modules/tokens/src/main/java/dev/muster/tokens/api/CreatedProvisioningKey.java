package dev.muster.tokens.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new provisioning key: the key is in this answer and nowhere else, ever. */
@Schema(name = "CreatedProvisioningKey")
public record CreatedProvisioningKey(ProvisioningKeyView provisioningKey,
                                     @Schema(description = "Shown once: mp_ followed by 43 characters (256 bits)") String key) {
}
