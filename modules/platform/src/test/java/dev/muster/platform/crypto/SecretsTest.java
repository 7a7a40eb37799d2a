package dev.muster.platform.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void tokensCarry256RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Secrets.token();
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void digestsAreStableHexAndComparedExactly() {
        String digest = Secrets.sha256("abc");
        assertThat(digest).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.sameDigest(digest, Secrets.sha256("abc"))).isTrue();
        assertThat(Secrets.sameDigest(digest, Secrets.sha256("abd"))).isFalse();
        assertThat(Secrets.sameDigest(null, digest)).isFalse();
    }
}
