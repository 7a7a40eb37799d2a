package dev.muster.agent.simulate;

import dev.muster.agent.Agent;
import dev.muster.agent.json.Json;
import dev.muster.agent.system.StopSignal;
import dev.muster.agent.testing.FakeMusterServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private FakeMusterServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = new FakeMusterServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int simulate(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "--server", server.uri().toString(), "--state-dir", dir.toString(),
                "--key-prefix", "t"));
        args.addAll(List.of(extra));
        return Agent.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new StopSignal(), args.toArray(String[]::new));
    }

    @Test
    void enrollsTheFleetSendsOpenLoopHeartbeatsSilencesTheChosenDevicesAndReusesCredentials() throws IOException {
        int code = simulate("--devices", "20", "--interval", "1", "--duration", "3", "--connections", "4",
                "--provisioning-key", "mp_test", "--silent-fraction", "0.25", "--silent-after", "1");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.enrollRequests()).hasSize(20);
        assertThat(server.devices()).containsKeys("t-000001", "t-000020");
        Path fleet = dir.resolve("fleet.json");
        assertThat(Files.getPosixFilePermissions(fleet)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        List<String> silent = Files.readAllLines(dir.resolve("silent.txt"));
        assertThat(silent).containsExactly("t-000004", "t-000008", "t-000012", "t-000016", "t-000020");
        List<FakeMusterServer.Heartbeat> beats = server.heartbeats();
        Instant firstBeat = beats.stream().map(FakeMusterServer.Heartbeat::receivedAt).min(Instant::compareTo).orElseThrow();
        Set<String> lateSenders = beats.stream().filter(b -> b.receivedAt().isAfter(firstBeat.plusMillis(1500)))
                .map(FakeMusterServer.Heartbeat::deviceKey).collect(Collectors.toSet());
        assertThat(lateSenders).hasSize(15).doesNotContainAnyElementsOf(silent);
        // 20 devices for the first second, 15 for the next two: 20 + 15 + 15 heartbeats.
        assertThat(beats).hasSizeBetween(48, 52);

        Map<String, Object> summary = Json.parseObject(Files.readString(dir.resolve("summary.json")));
        assertThat(summary.get("offered")).isEqualTo((long) beats.size());
        assertThat(summary.get("ok")).isEqualTo((long) beats.size());
        assertThat(summary.get("errors")).isEqualTo(Map.of());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary:", "latency from intended send time", "errors: none");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("offered", "achieved", "p99");

        int tokensBefore = server.tokenRequests();
        out.reset();
        int again = simulate("--devices", "20", "--interval", "1", "--duration", "1", "--connections", "2");

        assertThat(again).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.enrollRequests()).as("reused, not enrolled again").hasSize(20);
        assertThat(server.tokenRequests() - tokensBefore).as("tokens reused too").isZero();
    }

    @Test
    void fetchesNewTokensWhenTheCachedOnesAreDueForRenewal() {
        server.tokenLifetime(java.time.Duration.ofMinutes(12));
        simulate("--devices", "5", "--interval", "1", "--duration", "1", "--provisioning-key", "mp_x");
        int tokensBefore = server.tokenRequests();

        int again = simulate("--devices", "5", "--interval", "1", "--duration", "1");

        assertThat(again).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.tokenRequests() - tokensBefore).as("renewal due within the margin").isEqualTo(5);
    }

    @Test
    void renewsARefusedCachedTokenAndResendsTheHeartbeat() throws IOException {
        simulate("--devices", "3", "--interval", "1", "--duration", "1", "--provisioning-key", "mp_x");
        server.forgetTokens();

        simulate("--devices", "3", "--interval", "1", "--duration", "1");

        Map<String, Object> summary = Json.parseObject(Files.readString(dir.resolve("summary.json")));
        assertThat(summary.get("errors")).isEqualTo(Map.of());
        assertThat(summary.get("ok")).isEqualTo(3L);
    }

    @Test
    void pingTargetNeedsNoDevicesAndMeasuresTheTrivialEndpoint() throws IOException {
        simulate("--devices", "3", "--interval", "1", "--duration", "1", "--provisioning-key", "mp_x");
        String fleet = Files.readString(dir.resolve("fleet.json"));
        int code = simulate("--devices", "10", "--interval", "0.5", "--duration", "1", "--target", "ping");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.enrollRequests()).as("only the first run enrolled").hasSize(3);
        assertThat(Files.readString(dir.resolve("fleet.json"))).as("the cached fleet is kept").isEqualTo(fleet);
        Map<String, Object> summary = Json.parseObject(Files.readString(dir.resolve("summary.json")));
        assertThat(summary.get("target")).isEqualTo("ping");
        assertThat((Long) summary.get("ok")).isBetween(18L, 22L);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("every 0.5 s", "pings/s offered");
    }

    @Test
    void stopsWithTheRefusedCodeWhenTheServerRefusesEnrollment() {
        server.script("enroll", FakeMusterServer.Canned.problem(409, "USED_UP"));

        int code = simulate("--devices", "3", "--interval", "1", "--duration", "1", "--code", "ABC-DEF", "--enroll-concurrency", "1");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no uses left");
    }

    @Test
    void countsErrorsByKind() throws IOException {
        simulate("--devices", "4", "--interval", "1", "--duration", "1", "--provisioning-key", "mp_x");
        server.forgetTokens();
        server.script("device/heartbeat", FakeMusterServer.Canned.problem(503, "UNAVAILABLE"));

        simulate("--devices", "4", "--interval", "1", "--duration", "1");

        Map<String, Object> summary = Json.parseObject(Files.readString(dir.resolve("summary.json")));
        assertThat(summary.get("errors")).isEqualTo(Map.of("503", 1L));
    }
}
