package dev.muster.agent.run;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.cli.Options;
import dev.muster.agent.client.MusterClient;
import dev.muster.agent.state.DeviceState;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.Sleeper;
import dev.muster.agent.system.SystemInfo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@code muster-agent run}: the heartbeat loop for the device in the state file. */
public final class RunCommand {

    public static final String USAGE = """
            muster-agent run [--state FILE] [--interval SECONDS] [--ssh-key FILE | --no-ssh-key]
                             [--duration SECONDS] [--verbose]""";

    private static final Set<String> VALUED = Set.of("state", "interval", "ssh-key", "duration");
    static final Set<String> FLAGS = Set.of("verbose", "no-ssh-key");

    private RunCommand() {
    }

    public static ExitCode run(List<String> args, Log log, Sleeper sleeper, Clock clock) throws InterruptedException {
        Options options = Options.parse(args, VALUED, FLAGS);
        Path stateFile = options.path("state").orElseGet(DeviceState::defaultPath);
        Duration interval = Duration.ofSeconds(options.whole("interval", 1, 86_400, 60));
        long duration = options.whole("duration", 1, Long.MAX_VALUE / 1_000_000_000L, 0);
        Optional<Path> sshKey = options.flag("no-ssh-key") ? Optional.empty()
                : options.path("ssh-key").or(() -> SshKeyPublisher.defaultCandidates().stream().filter(Files::isReadable).findFirst());

        Optional<DeviceState> state;
        try {
            state = DeviceState.read(stateFile);
        } catch (IOException e) {
            log.info("Cannot read the state file: " + e.getMessage());
            return ExitCode.NOT_ENROLLED;
        }
        if (state.isEmpty() || !state.get().enrolled()) {
            log.info("Not enrolled: " + stateFile + (state.isEmpty() ? " does not exist" : " has no credentials")
                    + ". Run 'muster-agent enroll' first.");
            return ExitCode.NOT_ENROLLED;
        }
        DeviceState device = state.get();
        URI server = device.serverUri();
        InetSocketAddress towards = towards(server);
        Supplier<Map<String, Object>> facts = () -> {
            SystemInfo info = SystemInfo.collect(towards);
            Map<String, Object> map = info.toMap();
            if (info.uptimeSeconds() != null) {
                map.put("uptimeSeconds", info.uptimeSeconds());
            }
            Map<String, Object> metrics = SystemInfo.metrics(Path.of("/"));
            if (!metrics.isEmpty()) {
                map.put("metrics", metrics);
            }
            return map;
        };
        Optional<Instant> deadline = duration > 0 ? Optional.of(clock.instant().plusSeconds(duration)) : Optional.empty();
        AgentLoop loop = new AgentLoop(device, new MusterClient(server), log, sleeper, clock, new SecureRandom(), facts,
                sshKey, interval, deadline);
        return loop.run();
    }

    private static InetSocketAddress towards(URI server) {
        int port = server.getPort() > 0 ? server.getPort() : "https".equalsIgnoreCase(server.getScheme()) ? 443 : 80;
        try {
            return new InetSocketAddress(server.getHost(), port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
