package dev.muster.tokens.enrollment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EnrollmentThrottleTest {

    private final EnrollmentThrottle throttle = new EnrollmentThrottle();

    @BeforeEach
    void configure() {
        throttle.addressFailures = 3;
        throttle.tenantFailures = 4;
        throttle.windowMinutes = 15;
        throttle.unknownCodesPerHour = 10;
        throttle.init();
    }

    @Test
    void oneClientGuessingIsStoppedAfterItsFailures() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("10.0.0.1", true)).isEmpty();
            throttle.failed("10.0.0.1", null, true);
        }
        assertThat(throttle.blocked("10.0.0.1", true)).isPresent();
        assertThat(throttle.blocked("10.0.0.1", false)).as("the address is blocked for keys too").isPresent();
        assertThat(throttle.blocked("10.0.0.2", true)).isEmpty();
    }

    @Test
    void manyClientsGuessingTogetherPauseEnrollmentByCodeButNotByKey() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.1." + i, null, true);
        }
        assertThat(throttle.blocked("10.9.9.9", true)).isPresent();
        assertThat(throttle.blocked("10.9.9.9", false)).isEmpty();
    }

    @Test
    void failuresAgainstATenantAreCountedForThatTenantOnly() {
        UUID tenant = UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.2." + i, tenant, false);
        }
        assertThat(throttle.blockedTenant(tenant)).isPresent();
        assertThat(throttle.blockedTenant(UUID.randomUUID())).isEmpty();
        assertThat(throttle.blocked("10.0.2.0", true)).as("known codes do not spend the unknown-code budget").isEmpty();
    }
}
