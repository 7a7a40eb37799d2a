package dev.muster.console.view.devices;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EnrolledViaTest {

    @Test
    void namesTheCodeOrKeyACredentialCameFrom() {
        UUID id = UUID.randomUUID();

        assertThat(EnrolledVia.of("code:" + id)).isEqualTo(new EnrolledVia("code", id));
        assertThat(EnrolledVia.of("provisioning-key:" + id)).isEqualTo(new EnrolledVia("provisioning-key", id));
    }

    @Test
    void preRegisteredAndNeverEnrolledDevicesHaveNoReference() {
        assertThat(EnrolledVia.of("pre-registered")).isEqualTo(new EnrolledVia("pre-registered", null));
        assertThat(EnrolledVia.of(null)).isEqualTo(new EnrolledVia("none", null));
    }

    @Test
    void anythingElseIsOther() {
        assertThat(EnrolledVia.of("code:not-a-uuid")).isEqualTo(new EnrolledVia("other", null));
        assertThat(EnrolledVia.of("carrier-pigeon")).isEqualTo(new EnrolledVia("other", null));
    }
}
