package dev.muster.alerts.notifications.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T04:00:00Z");

    @Test
    void theWaitDoublesFromThirtySecondsUpToAnHour() {
        RetryPolicy highest = new RetryPolicy(30, 3600, 10, () -> 0.99999999);
        assertThat(highest.delay(1)).isBetween(Duration.ofMillis(29_999), Duration.ofSeconds(30));
        assertThat(highest.delay(2)).isBetween(Duration.ofMillis(59_999), Duration.ofSeconds(60));
        assertThat(highest.delay(5)).isBetween(Duration.ofMillis(479_999), Duration.ofSeconds(480));
        assertThat(highest.delay(8)).isBetween(Duration.ofMillis(3_599_999), Duration.ofHours(1));
        assertThat(highest.delay(60)).isBetween(Duration.ofMillis(3_599_999), Duration.ofHours(1));
    }

    @Test
    void jitterWaitsBetweenHalfAndAllOfTheStep() {
        assertThat(new RetryPolicy(30, 3600, 10, () -> 0.0).delay(3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(new RetryPolicy(30, 3600, 10, () -> 0.5).delay(3)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void afterTheLastAttemptThereIsNoNextTry() {
        RetryPolicy policy = new RetryPolicy(1, 4, 3, () -> 0.0);
        assertThat(policy.nextTry(1, NOW)).isEqualTo(NOW.plusMillis(500));
        assertThat(policy.nextTry(2, NOW)).isEqualTo(NOW.plusSeconds(1));
        assertThat(policy.nextTry(3, NOW)).isNull();
    }
}
