package dev.muster.agent.state;

import dev.muster.agent.json.Json;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a device keeps between runs. Before enrollment succeeds only {@code deviceKey} may be set
 * (a random key must survive a failed attempt, so a retry does not create a second device); after
 * it, all fields are.
 */
public record DeviceState(String server, String deviceId, String deviceKey, String tenant, String secret) {

    /** {@code ~/.config/muster-agent/state.json}. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".config", "muster-agent", "state.json");
    }

    public static DeviceState pending(String deviceKey) {
        return new DeviceState(null, null, deviceKey, null, null);
    }

    public boolean enrolled() {
        return server != null && deviceId != null && secret != null;
    }

    public URI serverUri() {
        return URI.create(server);
    }

    /** Reads the state file; empty when it does not exist. Throws when it exists but cannot be read. */
    public static Optional<DeviceState> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            Map<String, Object> json = Json.parseObject(text);
            return Optional.of(new DeviceState(Json.string(json, "server"), Json.string(json, "deviceId"),
                    Json.string(json, "deviceKey"), Json.string(json, "tenant"), Json.string(json, "secret")));
        } catch (IllegalArgumentException e) {
            throw new IOException("The state file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    public void write(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("server", server);
        json.put("deviceId", deviceId);
        json.put("deviceKey", deviceKey);
        json.put("tenant", tenant);
        json.put("secret", secret);
        json.values().removeIf(java.util.Objects::isNull);
        SecretFiles.write(file, Json.write(json) + "\n");
    }

    @Override
    public String toString() {
        return "DeviceState[server=" + server + ", deviceId=" + deviceId + ", deviceKey=" + deviceKey
                + ", tenant=" + tenant + ", secret=" + (secret == null ? "none" : "***") + "]";
    }
}
