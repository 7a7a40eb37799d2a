package dev.muster.agent.enroll;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.state.DeviceState;
import dev.muster.agent.system.Log;
import dev.muster.agent.testing.FakeMusterServer;
import dev.muster.agent.testing.FakeMusterServer.Canned;
import dev.muster.agent.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnrollCommandTest {

    @TempDir
    Path dir;

    private FakeMusterServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingSleeper sleeper = new RecordingSleeper(Integer.MAX_VALUE);

    @BeforeEach
    void start() throws IOException {
        server = new FakeMusterServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExitCode enroll(String... extra) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("--server", server.uri().toString(), "--state", dir.resolve("state.json").toString()));
        args.addAll(List.of(extra));
        return EnrollCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new Log(new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), false), sleeper);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void enrollsAndSavesTheCredentialsOwnerOnlyWithoutPrintingTheSecret() throws Exception {
        ExitCode code = enroll("--code", "K7P-X3M", "--device-key", "edge-1", "--name", "Lobby camera", "--type", "camera");

        assertThat(code).isEqualTo(ExitCode.OK);
        DeviceState state = DeviceState.read(dir.resolve("state.json")).orElseThrow();
        FakeMusterServer.Device device = server.devices().get("edge-1");
        assertThat(state).isEqualTo(new DeviceState(server.uri().toString(), device.id(), "edge-1", "acme", device.secret()));
        assertThat(Files.getPosixFilePermissions(dir.resolve("state.json"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(server.enrollRequests().get(0)).containsEntry("code", "K7P-X3M").containsEntry("name", "Lobby camera")
                .containsEntry("type", "camera").containsKey("info");
        assertThat(output()).contains("Enrolled device " + device.id()).doesNotContain(device.secret()).doesNotContain("tok-");
    }

    @Test
    void retriesNetworkAnd5xxErrorsWithTheSameDeviceKey() throws Exception {
        server.script("enroll", Canned.problem(503, "UNAVAILABLE"), Canned.problem(500, "INTERNAL"),
                Canned.problem(429, "TOO_MANY_REQUESTS", "7"));

        ExitCode code = enroll("--provisioning-key", "mp_abc", "--device-key", "edge-2");

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(server.enrollRequests()).hasSize(1).first().satisfies(r -> assertThat(r).containsEntry("provisioningKey", "mp_abc"));
        assertThat(sleeper.waits()).hasSize(3);
        assertThat(sleeper.waits().get(2)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("attempt 1 failed: server error (HTTP 503)");
    }

    @Test
    void givesUpAfterTheAttemptsWhenTheServerIsUnreachable() throws Exception {
        server.close();

        ExitCode code = enroll("--code", "K7P-X3M", "--device-key", "edge-3", "--attempts", "3");

        assertThat(code).isEqualTo(ExitCode.FAILED);
        assertThat(sleeper.waits()).hasSize(2);
        assertThat(output()).contains("Enrollment failed: cannot reach");
    }

    @ParameterizedTest
    @CsvSource({
            "401, INVALID_ENROLLMENT_CODE, is not valid. Check it for typos",
            "403, TENANT_SUSPENDED, organisation is suspended",
            "409, USED_UP, has no uses left",
            "409, ALREADY_ENROLLED, is already enrolled in this organisation",
            "410, EXPIRED, has expired",
            "410, REVOKED, was revoked",
            "400, VALIDATION_FAILED, The server refused the request: canned VALIDATION_FAILED"})
    void explainsEachRefusalAndExitsWithTheRefusedCode(int status, String problem, String explanation) throws Exception {
        server.script("enroll", Canned.problem(status, problem));

        ExitCode code = enroll("--code", "K7P-X3M", "--device-key", "edge-4");

        assertThat(code).isEqualTo(ExitCode.REFUSED);
        assertThat(code.code()).isEqualTo(3);
        assertThat(output()).contains(explanation);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    @Test
    void reusesTheDeviceKeyOfAnEarlierAttemptFromTheStateFile() throws Exception {
        DeviceState.pending("rnd-kept").write(dir.resolve("state.json"));

        enroll("--code", "K7P-X3M");

        assertThat(server.enrollRequests().get(0)).containsEntry("deviceKey", "rnd-kept");
    }
}
