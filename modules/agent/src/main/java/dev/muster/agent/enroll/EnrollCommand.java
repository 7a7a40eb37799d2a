package dev.muster.agent.enroll;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.cli.Options;
import dev.muster.agent.cli.UsageException;
import dev.muster.agent.client.Backoff;
import dev.muster.agent.client.MusterClient;
import dev.muster.agent.state.DeviceState;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.Sleeper;
import dev.muster.agent.system.SystemInfo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code muster-agent enroll}: enrolls this device and saves its credentials in the state file. */
public final class EnrollCommand {

    public static final String USAGE = """
            muster-agent enroll --server URL (--code CODE | --provisioning-key KEY)
                                [--device-key KEY] [--name NAME] [--type TYPE] [--state FILE] [--attempts N]""";

    private static final Set<String> VALUED = Set.of("server", "code", "provisioning-key", "device-key", "name", "type",
            "state", "attempts");
    private static final Path MACHINE_ID = Path.of("/etc/machine-id");

    private EnrollCommand() {
    }

    public static ExitCode run(List<String> args, PrintStream out, Log log, Sleeper sleeper)
            throws InterruptedException {
        Options options = Options.parse(args, VALUED, Set.of());
        URI server = options.server("server");
        Map.Entry<String, String> credential = options.exactlyOne("code", "provisioning-key");
        Path stateFile = options.path("state").orElseGet(DeviceState::defaultPath);
        int attempts = (int) options.whole("attempts", 1, 100, 8);
        Optional<String> givenKey = options.string("device-key");
        if (givenKey.isPresent() && !DeviceKeys.valid(givenKey.get())) {
            throw new UsageException("--device-key must start with a letter or digit, contain only letters, digits and . _ : @ -, "
                    + "and have at most " + DeviceKeys.MAX_LENGTH + " characters");
        }

        Optional<DeviceState> existing;
        try {
            existing = DeviceState.read(stateFile);
        } catch (IOException e) {
            log.info("Cannot read " + stateFile + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
        String deviceKey;
        try {
            deviceKey = chooseKey(givenKey, existing, stateFile);
        } catch (IOException e) {
            log.info("Cannot write " + stateFile + ": " + e.getMessage());
            return ExitCode.FAILED;
        }

        Map<String, Object> request = new LinkedHashMap<>();
        request.put(credential.getKey().equals("code") ? "code" : "provisioningKey", credential.getValue());
        request.put("deviceKey", deviceKey);
        options.string("name").ifPresent(name -> request.put("name", name));
        options.string("type").ifPresent(type -> request.put("type", type));
        request.put("info", SystemInfo.collect(towards(server)).toMap());

        log.info("Enrolling device '" + deviceKey + "' with " + server);
        Enrollment enrollment = new Enrollment(new MusterClient(server), sleeper, Backoff.standard(new SecureRandom()),
                log, attempts);
        Enrollment.Result result = enrollment.enroll(server, request);
        if (result instanceof Enrollment.Refused refused) {
            log.info("Enrollment refused: " + refused.message());
            return ExitCode.REFUSED;
        }
        if (result instanceof Enrollment.Unreachable unreachable) {
            log.info(unreachable.message());
            return ExitCode.FAILED;
        }
        Enrollment.Enrolled enrolled = (Enrollment.Enrolled) result;
        DeviceState state = new DeviceState(server.toString(), enrolled.deviceId(),
                enrolled.deviceKey() == null ? deviceKey : enrolled.deviceKey(), enrolled.tenant(), enrolled.secret());
        try {
            state.write(stateFile);
        } catch (IOException e) {
            log.info("Enrolled, but cannot save the credentials to " + stateFile + ": " + e.getMessage()
                    + ". Fix that and enroll again within 15 minutes with the same device key to get new credentials.");
            return ExitCode.FAILED;
        }
        out.println((enrolled.replaced() ? "Re-enrolled" : "Enrolled") + " device " + state.deviceId()
                + " (key " + state.deviceKey() + ") in tenant " + state.tenant() + ".");
        out.println("Credentials saved to " + stateFile.toAbsolutePath() + " (mode 600).");
        out.println("Start the agent with: muster-agent run --state " + stateFile.toAbsolutePath());
        return ExitCode.OK;
    }

    private static String chooseKey(Optional<String> given, Optional<DeviceState> existing, Path stateFile) throws IOException {
        if (given.isPresent()) {
            return given.get();
        }
        Optional<String> saved = existing.map(DeviceState::deviceKey).filter(DeviceKeys::valid);
        if (saved.isPresent()) {
            return saved.get();
        }
        Optional<String> machine = DeviceKeys.ofMachine(MACHINE_ID);
        if (machine.isPresent()) {
            return machine.get();
        }
        String random = DeviceKeys.random();
        DeviceState.pending(random).write(stateFile);
        return random;
    }

    static InetSocketAddress towards(URI server) {
        int port = server.getPort() > 0 ? server.getPort() : "https".equalsIgnoreCase(server.getScheme()) ? 443 : 80;
        try {
            return new InetSocketAddress(server.getHost(), port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
