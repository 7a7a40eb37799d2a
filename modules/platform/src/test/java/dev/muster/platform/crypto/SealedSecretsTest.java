package dev.muster.platform.crypto;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealedSecretsTest {

    private final SealedSecrets sealed = SealedSecrets.withKey(key((byte) 7));

    @Test
    void aSealedSecretOpensWithItsContext() {
        String box = sealed.seal("whsec_abc", "channel:1");
        assertThat(box).startsWith("v1.").doesNotContain("whsec_abc");
        assertThat(sealed.open(box, "channel:1")).isEqualTo("whsec_abc");
    }

    @Test
    void sealingTwiceGivesDifferentValuesBecauseEveryNonceIsFresh() {
        assertThat(sealed.seal("same", "c")).isNotEqualTo(sealed.seal("same", "c"));
    }

    @Test
    void aSecretMovedToAnotherContextDoesNotOpen() {
        String box = sealed.seal("whsec_abc", "channel:1");
        assertThatThrownBy(() -> sealed.open(box, "channel:2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherServerKeyCannotOpenIt() {
        String box = sealed.seal("whsec_abc", "channel:1");
        assertThatThrownBy(() -> SealedSecrets.withKey(key((byte) 8)).open(box, "channel:1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        String box = sealed.seal("whsec_abc", "channel:1");
        // a character in the middle: the last one may carry only padding bits that decoding ignores
        int middle = box.length() / 2;
        String tampered = box.substring(0, middle) + (box.charAt(middle) == 'A' ? 'B' : 'A') + box.substring(middle + 1);
        assertThatThrownBy(() -> sealed.open(tampered, "channel:1")).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
