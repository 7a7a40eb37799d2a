package dev.muster.agent.run;

import dev.muster.agent.client.MusterClient;
import dev.muster.agent.client.Reply;
import dev.muster.agent.json.Json;
import dev.muster.agent.system.Log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes the device's SSH public key when it is new to us: at start and after the file changes.
 * A key the server refused is not sent again until the file changes.
 */
final class SshKeyPublisher {

    /** Where to look for a key when {@code --ssh-key} is not given, first existing wins. */
    static List<Path> defaultCandidates() {
        return List.of(Path.of("/etc/ssh/ssh_host_ed25519_key.pub"),
                Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519.pub"));
    }

    /** What happened on {@link #publishIfChanged}. */
    enum Outcome { NOTHING_TO_DO, PUBLISHED, REFUSED, TOKEN_REFUSED, FAILED }

    private final Optional<Path> file;
    private final Log log;
    private String settled;

    SshKeyPublisher(Optional<Path> file, Log log) {
        this.file = file;
        this.log = log;
    }

    Optional<Path> file() {
        return file;
    }

    Outcome publishIfChanged(MusterClient client, String token) throws InterruptedException {
        if (file.isEmpty()) {
            return Outcome.NOTHING_TO_DO;
        }
        Optional<String> key = read(file.get());
        if (key.isEmpty() || Objects.equals(key.get(), settled)) {
            return Outcome.NOTHING_TO_DO;
        }
        try {
            Reply reply = client.putSshKey(token, key.get());
            if (reply.ok()) {
                settled = key.get();
                log.info("Published the SSH key " + file.get() + " (" + Json.string(reply.json(), "fingerprint") + ")");
                return Outcome.PUBLISHED;
            }
            if (reply.status() == 401) {
                return Outcome.TOKEN_REFUSED;
            }
            if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 429) {
                settled = key.get();
                log.info("The server refused the SSH key " + file.get() + ": " + reply.problemDetail());
                return Outcome.REFUSED;
            }
            log.verbose("Could not publish the SSH key (HTTP " + reply.status() + "); will retry");
            return Outcome.FAILED;
        } catch (IOException e) {
            log.verbose("Could not publish the SSH key (" + e.getMessage() + "); will retry");
            return Outcome.FAILED;
        }
    }

    /** The first non-blank line, at most 16 KiB of file; empty when unreadable. */
    static Optional<String> read(Path file) {
        try {
            if (Files.size(file) > 16 * 1024) {
                return Optional.empty();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
