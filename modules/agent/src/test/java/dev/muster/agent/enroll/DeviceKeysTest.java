package dev.muster.agent.enroll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceKeysTest {

    @Test
    void derivesAStableKeyFromTheMachineIdWithoutRevealingIt(@TempDir Path dir) throws IOException {
        Path machineId = dir.resolve("machine-id");
        Files.writeString(machineId, "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99\n");

        String key = DeviceKeys.fromMachineId(machineId).orElseThrow();

        assertThat(key).matches("mid-[0-9a-f]{32}").doesNotContain("4f3c2b1a");
        assertThat(DeviceKeys.fromMachineId(machineId)).contains(key);
        assertThat(DeviceKeys.valid(key)).isTrue();
    }

    @Test
    void ignoresAMissingOrUninitialisedMachineId(@TempDir Path dir) throws IOException {
        assertThat(DeviceKeys.fromMachineId(dir.resolve("none"))).isEmpty();
        Files.writeString(dir.resolve("zero"), "00000000000000000000000000000000\n");
        assertThat(DeviceKeys.fromMachineId(dir.resolve("zero"))).isEmpty();
    }

    @Test
    void fallsBackToSomethingStableOnThisMachine() {
        assertThat(DeviceKeys.ofMachine(Path.of("/etc/machine-id"))).isPresent()
                .hasValueSatisfying(key -> assertThat(DeviceKeys.valid(key)).isTrue());
        assertThat(DeviceKeys.valid(DeviceKeys.random())).isTrue();
    }

    @Test
    void checksTheServersKeyFormat() {
        assertThat(DeviceKeys.valid("b827eb123456")).isTrue();
        assertThat(DeviceKeys.valid("sim-000001:a@b.c_d")).isTrue();
        assertThat(DeviceKeys.valid("-leading")).isFalse();
        assertThat(DeviceKeys.valid("has space")).isFalse();
        assertThat(DeviceKeys.valid("x".repeat(129))).isFalse();
        assertThat(DeviceKeys.valid("")).isFalse();
    }
}
