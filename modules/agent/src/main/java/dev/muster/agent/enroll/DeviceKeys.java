package dev.muster.agent.enroll;

import dev.muster.agent.system.SystemInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Device keys: the server's format, and a stable default for this machine. */
public final class DeviceKeys {

    public static final int MAX_LENGTH = 128;
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:@-]*$");
    private static final byte[] APPLICATION_KEY = "dev.muster.agent device key".getBytes(StandardCharsets.US_ASCII);

    private DeviceKeys() {
    }

    public static boolean valid(String key) {
        return key != null && key.length() <= MAX_LENGTH && FORMAT.matcher(key).matches();
    }

    /** From {@code machineIdFile} when readable, else from the primary MAC; empty when neither exists. */
    public static Optional<String> ofMachine(Path machineIdFile) {
        return fromMachineId(machineIdFile).or(() -> SystemInfo.primaryMac().map(mac -> "mac-" + mac.replace(":", "")));
    }

    /** {@code mid-} and 32 hex digits of HMAC-SHA256(machine id) under the agent's fixed key. */
    static Optional<String> fromMachineId(Path machineIdFile) {
        try {
            String id = Files.readString(machineIdFile, StandardCharsets.US_ASCII).strip();
            if (id.isEmpty() || id.chars().allMatch(c -> c == '0')) {
                return Optional.empty();
            }
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(APPLICATION_KEY, "HmacSHA256"));
            byte[] digest = hmac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
            return Optional.of("mid-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (IOException | RuntimeException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    public static String random() {
        return "rnd-" + UUID.randomUUID();
    }
}
