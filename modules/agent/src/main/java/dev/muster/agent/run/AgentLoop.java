package dev.muster.agent.run;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.client.Backoff;
import dev.muster.agent.client.MusterClient;
import dev.muster.agent.client.Reply;
import dev.muster.agent.json.Json;
import dev.muster.agent.state.DeviceState;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.Sleeper;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The device's main loop: get a token, send heartbeats, renew the token, publish the SSH key, back
 * off on trouble. Runs until stopped, until {@code deadline}, or until the secret is refused.
 */
public final class AgentLoop {

    static final double JITTER = 0.10;

    private final DeviceState device;
    private final MusterClient client;
    private final Log log;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final Supplier<Map<String, Object>> facts;
    private final SshKeyPublisher sshKey;
    private final Optional<Instant> deadline;
    private final Backoff backoff;

    private Duration interval;
    private String token;
    private Instant renewAt = Instant.MIN;
    private Duration skew = Duration.ZERO;
    private boolean tokenIsFresh;
    private long heartbeats;

    /**
     * @param facts    called before each heartbeat for the device's current facts (hostname, addresses,
     *                 uptime, metrics…), under the API's field names
     * @param deadline when to stop by itself (tests, trials); empty to run until stopped
     */
    public AgentLoop(DeviceState device, MusterClient client, Log log, Sleeper sleeper, Clock clock, RandomGenerator random,
                     Supplier<Map<String, Object>> facts, Optional<java.nio.file.Path> sshKey, Duration interval,
                     Optional<Instant> deadline) {
        this.device = device;
        this.client = client;
        this.log = log;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.facts = facts;
        this.sshKey = new SshKeyPublisher(sshKey, log);
        this.interval = interval;
        this.deadline = deadline;
        this.backoff = Backoff.standard(random);
    }

    public ExitCode run() throws InterruptedException {
        log.info("Agent " + device.deviceKey() + " (" + device.deviceId() + ") starting; server " + device.server()
                + ", interval " + interval.toSeconds() + " s"
                + sshKey.file().map(f -> ", SSH key " + f).orElse(", no SSH key to publish"));
        while (true) {
            Optional<Duration> wait;
            try {
                wait = step();
            } catch (IOException e) {
                log.state("unreachable", "Cannot reach " + device.server() + " (" + describe(e) + "); retrying with backoff");
                wait = Optional.of(backoff.next());
            }
            if (wait.isEmpty()) {
                return ExitCode.CREDENTIALS_REFUSED;
            }
            Duration sleep = wait.get();
            if (deadline.isPresent()) {
                Duration left = Duration.between(clock.instant(), deadline.get());
                if (left.isNegative() || left.isZero()) {
                    return stopped();
                }
                if (sleep.compareTo(left) > 0) {
                    sleep = left;
                }
            }
            if (!sleeper.sleep(sleep)) {
                return stopped();
            }
        }
    }

    private ExitCode stopped() {
        log.info("Agent stopped after " + heartbeats + " heartbeat(s)");
        return ExitCode.OK;
    }

    /** One round; returns how long to wait before the next, or empty when the secret was refused. */
    private Optional<Duration> step() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            Reply reply = client.token(device.deviceId(), device.secret());
            if (reply.status() == 401) {
                log.info("The server refused the device secret: this device was revoked or reset; enroll again "
                        + "(muster-agent enroll --server " + device.server() + " --code …)");
                return Optional.empty();
            }
            if (!reply.ok()) {
                return Optional.of(trouble(reply, "getting a token"));
            }
            Map<String, Object> json = reply.json();
            token = Json.string(json, "token");
            Instant now = clock.instant();
            renewAt = TokenTiming.renewAt(now, instant(json, "expiresAt").orElse(now.plus(TokenTiming.EARLY)), skew);
            tokenIsFresh = true;
            log.verbose("Got a device token; renewing it at " + renewAt);
        }

        Reply reply = client.heartbeat(token, heartbeat());
        if (reply.ok()) {
            heartbeats++;
            backoff.reset();
            tokenIsFresh = false;
            Map<String, Object> json = reply.json();
            long next = Json.number(json, "intervalSeconds", interval.toSeconds());
            if (next > 0 && next != interval.toSeconds()) {
                log.info("Heartbeat interval is now " + next + " s (server's choice)");
                interval = Duration.ofSeconds(next);
            }
            if (json.get("clockSkewMs") instanceof Number ms) {
                skew = Duration.ofMillis(ms.longValue());
            }
            log.state("online", "Online: heartbeats to " + device.server() + " every " + interval.toSeconds() + " s");
            log.verbose("Heartbeat " + heartbeats + " answered: presence " + json.get("presence") + ", clock skew "
                    + skew.toMillis() + " ms" + (Boolean.TRUE.equals(json.get("skewFlagged")) ? " (flagged: fix this device's clock)" : ""));
            if (sshKey.publishIfChanged(client, token) == SshKeyPublisher.Outcome.TOKEN_REFUSED) {
                token = null;
            }
            return Optional.of(TokenTiming.jittered(interval, JITTER, random));
        }
        if (reply.status() == 401) {
            token = null;
            if (tokenIsFresh) {
                return Optional.of(trouble(reply, "sending a heartbeat with a new token"));
            }
            log.state("renewing", "The server no longer accepts the device token; getting a new one");
            return Optional.of(Duration.ZERO);
        }
        if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 429 && !"TENANT_SUSPENDED".equals(reply.problemCode())) {
            log.state("rejected-" + reply.status(), "The server rejected the heartbeat (HTTP " + reply.status() + "): "
                    + reply.problemDetail() + (reply.fieldErrors().isEmpty() ? "" : " " + reply.fieldErrors()));
            return Optional.of(TokenTiming.jittered(interval, JITTER, random));
        }
        return Optional.of(trouble(reply, "sending a heartbeat"));
    }

    /** 5xx, 429, a suspended tenant, or a 401 that a new token did not fix: log a state and back off. */
    private Duration trouble(Reply reply, String doing) {
        Duration wait = backoff.next(reply.retryAfter());
        if (reply.status() == 429) {
            log.state("throttled", "The server is throttling this device (429) while " + doing + "; backing off");
        } else if ("TENANT_SUSPENDED".equals(reply.problemCode())) {
            log.state("suspended", "The organisation is suspended; retrying with backoff until it is reactivated");
        } else {
            log.state("error-" + reply.status(), "The server answered HTTP " + reply.status() + " while " + doing + " ("
                    + reply.problemDetail() + "); retrying with backoff");
        }
        log.verbose("Next attempt in " + wait.toMillis() + " ms");
        return wait;
    }

    private Map<String, Object> heartbeat() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sentAt", clock.instant().toString());
        body.put("intervalSeconds", interval.toSeconds());
        body.putAll(facts.get());
        return body;
    }

    private static Optional<Instant> instant(Map<String, Object> json, String key) {
        try {
            String text = Json.string(json, key);
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Heartbeats answered so far. */
    public long heartbeats() {
        return heartbeats;
    }
}
