package dev.muster.agent.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceStateTest {

    @TempDir
    Path dir;

    private final DeviceState state = new DeviceState("http://127.0.0.1:8080", "0b9c…", "mid-abc", "acme", "s3cr3t\"\\");

    @Test
    void writesTheStateFileWithMode600InANewDirectoryWithMode700() throws IOException {
        Path file = dir.resolve("config/muster-agent/state.json");

        state.write(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent().getParent()))).isEqualTo("rwx------");
        assertThat(DeviceState.read(file)).contains(state);
    }

    @Test
    void replacesAnExistingFileAtomicallyAndTightensItsMode() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"deviceKey\":\"old\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Object inodeBefore = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        state.write(file);

        assertThat(DeviceState.read(file)).contains(state);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("a rename, not a rewrite in place").isNotEqualTo(inodeBefore);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void createsTheTemporaryFileOwnerOnlyFromTheStart() throws IOException {
        // Whatever the umask, the temporary file is created with rw------- (never wider), so the
        // secret is never readable by others; the created file's mode shows what was asked for.
        SecretFiles.write(dir.resolve("a.json"), "{}");

        assertThat(Files.getPosixFilePermissions(dir.resolve("a.json"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aPendingStateHasOnlyTheDeviceKey() throws IOException {
        Path file = dir.resolve("state.json");

        DeviceState.pending("rnd-1").write(file);

        assertThat(Files.readString(file)).isEqualTo("{\"deviceKey\":\"rnd-1\"}\n");
        assertThat(DeviceState.read(file).orElseThrow().enrolled()).isFalse();
    }

    @Test
    void aMissingFileIsEmptyAndACorruptOneIsAnError() throws IOException {
        assertThat(DeviceState.read(dir.resolve("missing.json"))).isEmpty();
        Files.writeString(dir.resolve("bad.json"), "{not json");
        assertThatThrownBy(() -> DeviceState.read(dir.resolve("bad.json"))).isInstanceOf(IOException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void neverShowsTheSecretInToString() {
        assertThat(state.toString()).doesNotContain("s3cr3t").contains("secret=***");
    }
}
