package dev.muster.agent.client;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(Reply.parseRetryAfter("17", clock)).contains(Duration.ofSeconds(17));
        assertThat(Reply.parseRetryAfter("Sun, 01 Jun 2025 12:01:30 GMT", clock)).contains(Duration.ofSeconds(90));
        assertThat(Reply.parseRetryAfter("Sun, 01 Jun 2025 11:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(Reply.parseRetryAfter("soon", clock)).isEmpty();
        assertThat(Reply.parseRetryAfter("-5", clock)).isEmpty();
        assertThat(Reply.parseRetryAfter(null, clock)).isEmpty();
    }

    @Test
    void readsTheProblemCodeDetailAndFieldErrors() {
        Reply reply = new Reply(400, "{\"type\":\"/problems/validation-failed\",\"code\":\"VALIDATION_FAILED\",\"detail\":\"Bad request\","
                + "\"errors\":[{\"field\":\"deviceKey\",\"message\":\"must match\"}]}", Optional.empty());

        assertThat(reply.problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.problemDetail()).isEqualTo("Bad request");
        assertThat(reply.fieldErrors()).containsExactly("deviceKey: must match");
    }

    @Test
    void copesWithABodyThatIsNotAProblem() {
        Reply reply = new Reply(502, "<html>Bad gateway</html>", Optional.empty());

        assertThat(reply.problemCode()).isEmpty();
        assertThat(reply.problemDetail()).isEqualTo("HTTP 502");
        assertThat(reply.fieldErrors()).isEmpty();
    }
}
