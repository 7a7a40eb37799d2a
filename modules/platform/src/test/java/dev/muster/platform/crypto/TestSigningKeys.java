package dev.muster.platform.crypto;

import java.nio.file.Path;

/** Signing keys generated into a test's directory, for tests outside this package. */
public final class TestSigningKeys {

    private TestSigningKeys() {
    }

    public static SigningKeys generatedIn(Path dir) {
        SigningKeys keys = new SigningKeys();
        keys.privateKeyLocation = dir.resolve("jwt-private.pem").toString();
        keys.publicKeyLocation = dir.resolve("jwt-public.pem").toString();
        keys.load();
        return keys;
    }
}
