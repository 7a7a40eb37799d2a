package dev.muster.platform.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SecretDigestsTest {

    @TempDir
    Path dataDir;

    private SecretDigests digestsIn(Path dir) {
        SecretDigests digests = new SecretDigests();
        digests.keyLocation = dir.resolve("keys/secret-digest.key").toString();
        digests.load();
        return digests;
    }

    @Test
    void theKeyIsGeneratedOnceAndReadableByItsOwnerOnly() throws Exception {
        SecretDigests first = digestsIn(dataDir);
        Path key = dataDir.resolve("keys/secret-digest.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(digestsIn(dataDir).digest("K7PX3M")).isEqualTo(first.digest("K7PX3M"));
    }

    @Test
    void digestsAreKeyedSoAnotherServerComputesOthers(@TempDir Path otherDir) {
        SecretDigests ours = digestsIn(dataDir);
        SecretDigests theirs = digestsIn(otherDir);
        assertThat(ours.digest("K7PX3M")).hasSize(64).isNotEqualTo(theirs.digest("K7PX3M")).isNotEqualTo(Secrets.sha256("K7PX3M"));
    }

    @Test
    void matchingComparesTheDigest() {
        SecretDigests digests = digestsIn(dataDir);
        String stored = digests.digest("a-secret");
        assertThat(digests.matches("a-secret", stored)).isTrue();
        assertThat(digests.matches("a-secreT", stored)).isFalse();
        assertThat(digests.matches(null, stored)).isFalse();
    }
}
