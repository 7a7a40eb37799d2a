package dev.muster.tenants.auth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();

    @BeforeEach
    void configure() {
        throttle.accountFailures = 3;
        throttle.addressFailures = 5;
        throttle.windowMinutes = 15;
        throttle.init();
    }

    @Test
    void anAccountIsBlockedAfterItsFailuresAndOthersAreNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("alice", "10.0.0." + i)).isEmpty();
            throttle.failed("alice", "10.0.0." + i);
        }
        assertThat(throttle.blocked("alice", "10.0.0.9")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(throttle.blocked("bob", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressIsBlockedAfterFailuresAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertThat(throttle.blocked("someone-else", "192.0.2.1")).isPresent();
        assertThat(throttle.blocked("someone-else", "192.0.2.2")).isEmpty();
    }
}
