package dev.muster.agent.cli;

import dev.muster.agent.Agent;
import dev.muster.agent.system.StopSignal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Agent.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new StopSignal(), args);
    }

    @Test
    void withoutACommandPrintsUsageAndExitsWithTheUsageCode() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("muster-agent enroll", "muster-agent run", "muster-agent simulate");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("fly")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("muster-agent: Unknown command 'fly'");
    }

    @Test
    void enrollNeedsACodeOrAProvisioningKey() {
        assertThat(run("enroll", "--server", "http://127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Give either --code or --provisioning-key");
    }

    @Test
    void enrollRefusesADeviceKeyTheServerWouldRefuse() {
        assertThat(run("enroll", "--server", "http://127.0.0.1:1", "--code", "ABC-DEF", "--device-key", "-bad key")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--device-key must start with a letter or digit");
    }

    @Test
    void simulateWantsSilentAfterWithSilentFraction() {
        assertThat(run("simulate", "--server", "http://127.0.0.1:1", "--devices", "10", "--interval", "5",
                "--code", "ABC-DEF", "--silent-fraction", "0.1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--silent-fraction needs --silent-after SECONDS");
    }

    @Test
    void runWithoutAStateFileSaysEnrollFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThat(run("run", "--state", dir.resolve("none.json").toString())).isEqualTo(ExitCode.NOT_ENROLLED.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not enrolled", "muster-agent enroll");
    }
}
