package dev.muster.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FailureLimiterTest {

    private final FailureLimiter limiter = new FailureLimiter(3, Duration.ofMinutes(15));

    @Test
    void aKeyIsBlockedOnceItsFailuresAreSpentAndOthersAreNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.blocked("10.0.0.1")).isEmpty();
            limiter.failed("10.0.0.1");
        }
        assertThat(limiter.blocked("10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        assertThat(limiter.blocked("10.0.0.2")).isEmpty();
    }

    @Test
    void theLongerWaitWins() {
        assertThat(FailureLimiter.longest(Optional.of(Duration.ofSeconds(5)), Optional.of(Duration.ofSeconds(9))))
                .contains(Duration.ofSeconds(9));
        assertThat(FailureLimiter.longest(Optional.empty(), Optional.of(Duration.ofSeconds(9)))).contains(Duration.ofSeconds(9));
        assertThat(FailureLimiter.longest(Optional.of(Duration.ofSeconds(5)), Optional.empty())).contains(Duration.ofSeconds(5));
        assertThat(FailureLimiter.longest(Optional.empty(), Optional.empty())).isEmpty();
    }
}
