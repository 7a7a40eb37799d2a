package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A device as the registry shows it to admins and to the device itself. Never carries a secret.
 *
 * @param key            the stable key chosen by the device or assigned by the server
 * @param enrolledVia    how its current credentials were issued: {@code code:<id>},
 *                       {@code provisioning-key:<id>} or {@code pre-registered}
 * @param version        what {@code If-Match} must name to change it
 * @param presence       whether it is heard from, and its last heartbeat's values
 */
@Schema(name = "Device")
public record DeviceView(UUID id,
                         @Schema(example = "b827eb123456") String key,
                         @Schema(example = "Lobby camera") String name,
                         @Schema(example = "camera") String type,
                         @Schema(example = "building-a") String group,
                         Map<String, String> tags,
                         String notes,
                         Map<String, String> attributes,
                         DeviceStatus status,
                         DeviceInfo info,
                         Instant infoUpdatedAt,
                         SshKeyView sshKey,
                         String enrolledVia,
                         Instant enrolledAt,
                         Instant credentialsIssuedAt,
                         Instant createdAt,
                         Instant updatedAt,
                         long version,
                         PresenceView presence) {

    /** The name, or the key for a device without a name. */
    public String label() {
        return name != null ? name : key;
    }
}
