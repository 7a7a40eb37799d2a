package dev.muster.tenants.users;

import dev.muster.platform.errors.MusterException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @BeforeAll
    static void init() {
        HASHER.cost = 4;
        HASHER.init();
    }

    @Test
    void theCostIsNeverBelowTwelve() {
        assertThat(HASHER.hash("correct horse battery")).startsWith("$2a$12$");
    }

    @Test
    void onlyTheRightPasswordMatchesAndAMissingHashNeverDoes() {
        String hash = HASHER.hash("correct horse battery");
        assertThat(HASHER.matches("correct horse battery", hash)).isTrue();
        assertThat(HASHER.matches("correct horse batterY", hash)).isFalse();
        assertThat(HASHER.matches("decoy-password-for-unknown-users", null)).isFalse();
        assertThat(HASHER.matches(null, hash)).isFalse();
    }

    @Test
    void passwordsMustBeLongEnoughAndFitBcrypt() {
        assertThatThrownBy(() -> PasswordHasher.checkStrength("password", "short"))
                .isInstanceOfSatisfying(MusterException.class, e ->
                        assertThat(e.fieldErrors()).extracting("field").containsExactly("password"));
        assertThatThrownBy(() -> PasswordHasher.checkStrength("password", "é".repeat(40)))
                .hasMessageContaining("72 bytes");
        assertThatCode(() -> PasswordHasher.checkStrength("password", "twelve chars")).doesNotThrowAnyException();
    }
}
