package dev.muster.agent.run;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.client.MusterClient;
import dev.muster.agent.state.DeviceState;
import dev.muster.agent.system.Log;
import dev.muster.agent.testing.FakeMusterServer;
import dev.muster.agent.testing.FakeMusterServer.Canned;
import dev.muster.agent.testing.RecordingSleeper;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class AgentLoopTest {

    private FakeMusterServer server;
    private DeviceState device;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeEach
    void enroll() throws Exception {
        server = new FakeMusterServer();
        server.intervalSeconds(30);
        MusterClient client = new MusterClient(server.uri());
        var reply = client.enroll(Map.of("code", "ABC-DEF", "deviceKey", "edge-1")).json();
        device = new DeviceState(server.uri().toString(), (String) reply.get("deviceId"), "edge-1", "acme", (String) reply.get("secret"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExitCode run(RecordingSleeper sleeper, Optional<Path> sshKey) throws InterruptedException {
        Log log = new Log(new PrintStream(logged, true, StandardCharsets.UTF_8), Clock.systemUTC(), false);
        return new AgentLoop(device, new MusterClient(server.uri()), log, sleeper, Clock.systemUTC(), new SplittableRandom(1),
                () -> Map.of("hostname", "edge-host", "uptimeSeconds", 99), sshKey, Duration.ofSeconds(2), Optional.empty()).run();
    }

    private String log() {
        return logged.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sendsHeartbeatsWithSentAtAndFactsAndFollowsTheServersIntervalWithJitter() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper(3);

        ExitCode code = run(sleeper, Optional.empty());

        assertThat(code).isEqualTo(ExitCode.OK);
        List<FakeMusterServer.Heartbeat> beats = server.heartbeats();
        assertThat(beats).hasSize(3);
        assertThat(beats.get(0).body()).containsEntry("hostname", "edge-host").containsEntry("uptimeSeconds", 99L)
                .containsEntry("intervalSeconds", 2L);
        assertThat(Instant.parse((String) beats.get(0).body().get("sentAt"))).isBetween(Instant.now().minusSeconds(10), Instant.now());
        assertThat(beats.get(1).body()).containsEntry("intervalSeconds", 30L);
        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(27), Duration.ofSeconds(33)));
        assertThat(log()).containsOnlyOnce("Online:").contains("Heartbeat interval is now 30 s");
        assertThat(server.tokenRequests()).isEqualTo(1);
    }

    @Test
    void backsOffExponentiallyOn503AndRecovers() throws InterruptedException {
        server.script("device/heartbeat", Canned.problem(503, "UNAVAILABLE"), Canned.problem(503, "UNAVAILABLE"),
                Canned.problem(503, "UNAVAILABLE"), Canned.problem(503, "UNAVAILABLE"));
        RecordingSleeper sleeper = new RecordingSleeper(6);

        run(sleeper, Optional.empty());

        List<Duration> waits = sleeper.waits();
        assertThat(waits.subList(0, 4)).satisfiesExactly(
                w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofSeconds(1)),
                w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofSeconds(2)),
                w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofSeconds(4)),
                w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofSeconds(8)));
        assertThat(waits.get(4)).isGreaterThan(Duration.ofSeconds(20));
        assertThat(server.heartbeats()).hasSize(2);
        assertThat(log()).containsOnlyOnce("HTTP 503").contains("Online:");
    }

    @Test
    void honoursRetryAfterOn429() throws InterruptedException {
        server.script("device/heartbeat", Canned.problem(429, "TOO_MANY_REQUESTS", "42"));
        RecordingSleeper sleeper = new RecordingSleeper(2);

        run(sleeper, Optional.empty());

        assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(42));
        assertThat(log()).contains("throttling");
    }

    @Test
    void getsANewTokenOnceWhenTheServerNoLongerAcceptsIt() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper(3) {
            @Override
            public synchronized boolean sleep(Duration duration) {
                server.forgetTokens();
                return super.sleep(duration);
            }
        };

        run(sleeper, Optional.empty());

        assertThat(server.heartbeats()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(server.tokenRequests()).isGreaterThanOrEqualTo(2);
        assertThat(log()).contains("getting a new one");
    }

    @Test
    void exitsWithADistinctCodeWhenTheSecretIsRefused() throws InterruptedException {
        server.revoke("edge-1");

        ExitCode code = run(new RecordingSleeper(5), Optional.empty());

        assertThat(code).isEqualTo(ExitCode.CREDENTIALS_REFUSED);
        assertThat(code.code()).isEqualTo(5);
        assertThat(log()).contains("revoked or reset; enroll again");
    }

    @Test
    void keepsTryingWhileTheServerIsUnreachable() throws InterruptedException, IOException {
        server.close();
        RecordingSleeper sleeper = new RecordingSleeper(4);

        ExitCode code = run(sleeper, Optional.empty());

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(sleeper.waits()).hasSize(4);
        assertThat(log()).containsOnlyOnce("Cannot reach");
    }

    @Test
    void publishesTheSshKeyAtStartAndAgainWhenTheFileChanges(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("id_ed25519.pub");
        Files.writeString(key, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOne one@host\n");
        RecordingSleeper sleeper = new RecordingSleeper(4) {
            @Override
            public synchronized boolean sleep(Duration duration) {
                if (waits().size() == 1) {
                    try {
                        Files.writeString(key, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITwo two@host\n");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return super.sleep(duration);
            }
        };

        run(sleeper, Optional.of(key));

        assertThat(server.sshKeys()).containsExactly("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOne one@host",
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITwo two@host");
    }

    @Test
    void neverLogsTheSecretOrTheToken() throws InterruptedException {
        run(new RecordingSleeper(2), Optional.empty());

        assertThat(log()).doesNotContain(device.secret()).doesNotContain("tok-");
    }
}
