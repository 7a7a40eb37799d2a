package dev.muster.devices.presence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatServletTest {

    @Test
    void jsonWithOrWithoutParametersOrNoContentTypeIsAccepted() {
        assertThat(HeartbeatServlet.isJson("application/json")).isTrue();
        assertThat(HeartbeatServlet.isJson("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(HeartbeatServlet.isJson(null)).as("as JAX-RS takes a body without a type").isTrue();
        assertThat(HeartbeatServlet.isJson(" ")).isTrue();
    }

    @Test
    void anyOtherTypeIsRefused() {
        assertThat(HeartbeatServlet.isJson("text/plain")).isFalse();
        assertThat(HeartbeatServlet.isJson("application/json-patch+json")).isFalse();
        assertThat(HeartbeatServlet.isJson("application/x-www-form-urlencoded")).isFalse();
        assertThat(HeartbeatServlet.isJson("multipart/form-data; boundary=x")).isFalse();
    }
}
