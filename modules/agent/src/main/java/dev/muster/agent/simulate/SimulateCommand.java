package dev.muster.agent.simulate;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.cli.Options;
import dev.muster.agent.cli.UsageException;
import dev.muster.agent.enroll.DeviceKeys;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.StopSignal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code muster-agent simulate}: a fleet of virtual devices sending heartbeats, measured open-loop. */
public final class SimulateCommand {

    public static final String USAGE = """
            muster-agent simulate --server URL --devices N --interval SECONDS (--provisioning-key KEY | --code CODE)
                                  [--duration SECONDS] [--connections C] [--silent-fraction F --silent-after SECONDS]
                                  [--state-dir DIR] [--enroll-concurrency K] [--key-prefix P] [--timeout SECONDS] [--verbose]
                                  [--target heartbeat|ping]
              --interval may be fractional (0.5 = each device twice a second); it is announced to the server
              only when it is whole and at least 10 s, otherwise the tenant's interval applies.
              --target ping sends unauthenticated GET /api/v1/ping on the same schedule instead of heartbeats
              (no devices are enrolled): the ceiling of the server and this machine.""";

    private static final Set<String> VALUED = Set.of("server", "devices", "interval", "provisioning-key", "code", "duration",
            "connections", "silent-fraction", "silent-after", "state-dir", "enroll-concurrency", "key-prefix", "timeout", "target");

    private SimulateCommand() {
    }

    /** The parsed command line. */
    record Settings(Simulator.Plan plan, int devices, String keyPrefix, int enrollConcurrency, Map<String, Object> credential) {
    }

    static Settings parse(List<String> args) {
        Options options = Options.parse(args, VALUED, Set.of("verbose"));
        URI server = options.server("server");
        int devices = (int) options.whole("devices", 1, 1_000_000, -1);
        if (devices < 0) {
            throw new UsageException("--devices is required");
        }
        double interval = options.decimal("interval", 0.001, 86_400, -1);
        if (interval < 0) {
            throw new UsageException("--interval is required");
        }
        Simulator.Target target = switch (options.string("target").orElse("heartbeat")) {
            case "heartbeat" -> Simulator.Target.HEARTBEAT;
            case "ping" -> Simulator.Target.PING;
            default -> throw new UsageException("--target must be heartbeat or ping");
        };
        Map<String, Object> credential;
        if (options.has("provisioning-key") || options.has("code")) {
            Map.Entry<String, String> given = options.exactlyOne("code", "provisioning-key");
            credential = Map.of(given.getKey().equals("code") ? "code" : "provisioningKey", given.getValue());
        } else {
            credential = Map.of();
        }
        long duration = options.whole("duration", 1, 365L * 86_400, 0);
        int connections = (int) options.whole("connections", 1, 1024, 16);
        double fraction = options.decimal("silent-fraction", 0, 1, 0);
        if (fraction > 0 && !options.has("silent-after")) {
            throw new UsageException("--silent-fraction needs --silent-after SECONDS");
        }
        if (fraction == 0 && options.has("silent-after")) {
            throw new UsageException("--silent-after needs --silent-fraction F (between 0 and 1)");
        }
        long silentAfter = options.whole("silent-after", 0, 365L * 86_400, 0);
        String prefix = options.string("key-prefix").orElse("sim");
        if (!DeviceKeys.valid(prefix + "-000001") || prefix.length() > 100) {
            throw new UsageException("--key-prefix must start with a letter or digit and contain only letters, digits and . _ : @ -");
        }
        int concurrency = (int) options.whole("enroll-concurrency", 1, 256, 8);
        long timeout = options.whole("timeout", 1, 600, 10);
        Path stateDir = options.path("state-dir").orElse(Path.of("muster-fleet"));
        Simulator.Plan plan = new Simulator.Plan(server, target, Duration.ofNanos(Math.round(interval * 1e9)),
                duration > 0 ? Optional.of(Duration.ofSeconds(duration)) : Optional.empty(), connections, fraction,
                Duration.ofSeconds(silentAfter), Duration.ofSeconds(timeout), stateDir, options.flag("verbose"));
        return new Settings(plan, devices, prefix, concurrency, credential);
    }

    public static ExitCode run(List<String> args, PrintStream out, Log log, StopSignal stop) throws InterruptedException {
        Settings settings = parse(args);
        Simulator.Plan plan = settings.plan();
        Clock clock = Clock.systemUTC();
        Fleet fleet = new Fleet(plan.server(), plan.stateDir(), settings.credential(), log, clock);
        try {
            if (plan.target() == Simulator.Target.PING) {
                List<VirtualDevice> none = new ArrayList<>(settings.devices());
                for (int i = 0; i < settings.devices(); i++) {
                    none.add(new VirtualDevice(i, Fleet.key(settings.keyPrefix(), i)));
                }
                Files.createDirectories(plan.stateDir());
                new Simulator(plan, none, fleet, log, out, stop, clock).run();
                return ExitCode.OK;
            }
            Fleet.Prepared prepared = fleet.prepare(settings.devices(), settings.keyPrefix(), settings.enrollConcurrency(), stop);
            if (stop.stopped()) {
                return ExitCode.OK;
            }
            if (prepared.failure().isPresent()) {
                log.info(prepared.failure().get());
                return prepared.refused() ? ExitCode.REFUSED : ExitCode.FAILED;
            }
            new Simulator(plan, prepared.devices(), fleet, log, out, stop, clock).run();
            return ExitCode.OK;
        } catch (IOException e) {
            log.info("Simulation failed: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
