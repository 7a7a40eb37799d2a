package dev.muster.agent.simulate;

import dev.muster.agent.json.Json;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.StopSignal;
import dev.muster.agent.system.SystemInfo;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the open-loop heartbeat load of a prepared fleet: a dispatcher puts each heartbeat on a
 * queue at its intended time; {@code connections} workers, each with one persistent HTTP/1.1
 * connection, send them; latency is measured from the intended time to the answer.
 */
final class Simulator {

    /** What the load is made of: device heartbeats, or the trivial endpoint that gives the ceiling. */
    enum Target {
        HEARTBEAT, PING
    }

    /** What a run is asked to do. */
    record Plan(URI server, Target target, Duration interval, Optional<Duration> duration, int connections, double silentFraction,
                Duration silentAfter, Duration requestTimeout, Path stateDir, boolean verbose) {
    }

    private record Due(int device, long intendedNanos) {
    }

    static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    /** The shortest interval the server accepts from a device; a shorter one is not announced. */
    static final long MIN_ANNOUNCED = 10;

    private final Plan plan;
    private final List<VirtualDevice> devices;
    private final Fleet fleet;
    private final Log log;
    private final PrintStream out;
    private final StopSignal stop;
    private final Clock clock;
    private final FleetStats stats = new FleetStats();
    private final BlockingQueue<Due> queue = new LinkedBlockingQueue<>();
    private final boolean[] silent;
    private final String apiPath;
    private final String userAgent = "muster-agent-simulator/" + SystemInfo.runningVersion();
    private final long announcedInterval;
    private volatile boolean dispatching = true;
    private volatile long workersUntilNanos = Long.MAX_VALUE;

    Simulator(Plan plan, List<VirtualDevice> devices, Fleet fleet, Log log, PrintStream out, StopSignal stop, Clock clock) {
        this.plan = plan;
        this.devices = devices;
        this.fleet = fleet;
        this.log = log;
        this.out = out;
        this.stop = stop;
        this.clock = clock;
        this.silent = new boolean[devices.size()];
        if (plan.silentFraction() > 0) {
            for (int i = 0; i < silent.length; i++) {
                silent[i] = OpenLoopSchedule.silent(i, plan.silentFraction());
            }
        }
        String path = plan.server().getRawPath() == null ? "" : plan.server().getRawPath();
        this.apiPath = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/api/v1/";
        long seconds = plan.interval().toSeconds();
        this.announcedInterval = plan.interval().toNanos() % 1_000_000_000L == 0 && seconds >= MIN_ANNOUNCED ? seconds : 0;
    }

    /** The keys of the devices that go silent, in index order. */
    List<String> silentKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < silent.length; i++) {
            if (silent[i]) {
                keys.add(devices.get(i).key);
            }
        }
        return keys;
    }

    /** Runs until the duration ends or the stop signal; prints progress to the log and a summary to {@code out}. */
    Map<String, Object> run() throws InterruptedException, IOException {
        List<String> silentKeys = silentKeys();
        Path silentFile = plan.stateDir().resolve("silent.txt");
        if (!silentKeys.isEmpty()) {
            Files.write(silentFile, silentKeys, StandardCharsets.UTF_8);
            log.info(silentKeys.size() + " devices will go silent after " + plan.silentAfter().toSeconds() + " s; keys in " + silentFile);
        } else {
            Files.deleteIfExists(silentFile);
        }
        long start = System.nanoTime() + 50_000_000L;
        OpenLoopSchedule schedule = new OpenLoopSchedule(start, plan.interval().toNanos(), devices.size());
        long end = plan.duration().map(d -> start + d.toNanos()).orElse(Long.MAX_VALUE);
        log.info(String.format(Locale.ROOT, "Simulating %d devices every %s s (%.1f %s/s offered) over %d connections%s",
                devices.size(), intervalText(), schedule.rate(), what(), plan.connections(),
                plan.duration().map(d -> " for " + d.toSeconds() + " s").orElse(" until stopped")));

        Thread dispatcher = new Thread(() -> dispatch(schedule, end), "muster-sim-dispatch");
        dispatcher.setDaemon(true);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < plan.connections(); i++) {
            Worker worker = new Worker(new Http1Connection(plan.server(), (int) Math.min(plan.requestTimeout().toMillis(), 10_000),
                    (int) plan.requestTimeout().toMillis()));
            workers.add(worker);
            Thread thread = new Thread(worker, "muster-sim-conn-" + i);
            thread.setDaemon(true);
            worker.thread = thread;
            thread.start();
        }
        dispatcher.start();

        long lastReport = start;
        long lastOffered = 0;
        long lastAnswered = 0;
        while (true) {
            long now = System.nanoTime();
            long untilReport = lastReport + REPORT_EVERY.toNanos() - now;
            long untilEnd = end - now;
            boolean slept = stop.sleep(Duration.ofNanos(Math.max(0, Math.min(untilReport, untilEnd))));
            now = System.nanoTime();
            if (now >= lastReport + REPORT_EVERY.toNanos() || !slept || now >= end) {
                double seconds = (now - lastReport) / 1e9;
                long offered = stats.offered.sum();
                long answered = stats.answered.sum();
                Histogram window = stats.window();
                log.info(String.format(Locale.ROOT, "[%6.1fs] offered %.1f/s achieved %.1f/s backlog %d | last %.0fs %s | all %s | errors %s",
                        (now - start) / 1e9, (offered - lastOffered) / seconds, (answered - lastAnswered) / seconds, queue.size(),
                        seconds, FleetStats.percentiles(window), FleetStats.percentiles(stats.cumulative), stats.errorsText()));
                lastReport = now;
                lastOffered = offered;
                lastAnswered = answered;
            }
            if (!slept || now >= end) {
                break;
            }
        }

        dispatching = false;
        long elapsedNanos = Math.max(1, Math.min(System.nanoTime(), end) - start);
        dispatcher.join(1000);
        long grace = Math.min(plan.requestTimeout().toNanos(), Duration.ofSeconds(5).toNanos());
        workersUntilNanos = System.nanoTime() + grace;
        for (Worker worker : workers) {
            worker.thread.join(Math.max(1, (workersUntilNanos - System.nanoTime()) / 1_000_000 + 100));
        }
        for (Worker worker : workers) {
            worker.connection.close();
            worker.thread.interrupt();
        }
        stats.window();
        if (plan.target() == Target.HEARTBEAT) {
            fleet.save(devices); // renewed tokens; a ping run has no credentials to keep
        }
        return summary(elapsedNanos, schedule, silentKeys.size(), silentFile);
    }

    private void dispatch(OpenLoopSchedule schedule, long end) {
        long silentAt = schedule.startNanos() + plan.silentAfter().toNanos();
        boolean announced = !anySilent();
        for (long sequence = 0; dispatching; sequence++) {
            long intended = schedule.intendedNanos(sequence);
            if (intended >= end) {
                return;
            }
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                if (!dispatching) {
                    return;
                }
                LockSupport.parkNanos(Math.min(wait, 50_000_000L));
            }
            int device = schedule.device(sequence);
            if (intended >= silentAt && silent[device]) {
                if (!announced) {
                    announced = true;
                    log.info("Silent devices stop sending now (" + silentKeys().size() + " devices)");
                }
                continue;
            }
            stats.offered.increment();
            queue.add(new Due(device, intended));
        }
    }

    private boolean anySilent() {
        for (boolean s : silent) {
            if (s) {
                return true;
            }
        }
        return false;
    }

    /** One connection and the thread that drives it. */
    private final class Worker implements Runnable {
        final Http1Connection connection;
        Thread thread;
        private final StringBuilder body = new StringBuilder(160);

        Worker(Http1Connection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            try {
                while (dispatching || (!queue.isEmpty() && System.nanoTime() < workersUntilNanos)) {
                    Due due = queue.poll(20, TimeUnit.MILLISECONDS);
                    if (due != null) {
                        send(due);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                connection.close();
            }
        }

        private void send(Due due) {
            if (plan.target() == Target.PING) {
                ping(due);
                return;
            }
            VirtualDevice device = devices.get(due.device());
            try {
                if (device.needsToken(clock.instant()) && !renewToken(device)) {
                    return;
                }
                Http1Response response = heartbeat(device);
                if (response.status() == 401) {
                    // a token cached by an earlier run may have been invalidated since: renew it once and resend
                    device.token = null;
                    if (!renewToken(device)) {
                        return;
                    }
                    response = heartbeat(device);
                }
                long micros = (System.nanoTime() - due.intendedNanos()) / 1000;
                stats.answered(response.status(), micros);
                if (response.status() == 401) {
                    device.token = null;
                }
                if (plan.verbose() && response.status() != 200) {
                    log.info(device.key + ": HTTP " + response.status() + " " + response.bodyText());
                }
            } catch (IOException e) {
                stats.error(kind(e));
            }
        }

        private Http1Response heartbeat(VirtualDevice device) throws IOException {
            body.setLength(0);
            body.append("{\"sentAt\":\"").append(clock.instant()).append('"');
            if (announcedInterval > 0) {
                body.append(",\"intervalSeconds\":").append(announcedInterval);
            }
            body.append(",\"metrics\":{\"cpu\":")
                    .append(ThreadLocalRandom.current().nextInt(0, 1000) / 10.0).append(",\"memory\":")
                    .append(ThreadLocalRandom.current().nextInt(0, 1000) / 10.0).append("}}");
            return connection.exchange("POST", apiPath + "device/heartbeat",
                    "Authorization: Bearer " + device.token + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nUser-Agent: "
                            + userAgent + "\r\n", body.toString().getBytes(StandardCharsets.UTF_8));
        }

        private void ping(Due due) {
            try {
                Http1Response response = connection.exchange("GET", apiPath + "ping", "User-Agent: " + userAgent + "\r\n", new byte[0]);
                stats.answered(response.status(), (System.nanoTime() - due.intendedNanos()) / 1000);
            } catch (IOException e) {
                stats.error(kind(e));
            }
        }

        private boolean renewToken(VirtualDevice device) throws IOException {
            String basic = Base64.getEncoder().encodeToString((device.deviceId + ":" + device.secret).getBytes(StandardCharsets.UTF_8));
            Http1Response response = connection.exchange("POST", apiPath + "device/token",
                    "Authorization: Basic " + basic + "\r\nAccept: application/json\r\nUser-Agent: " + userAgent + "\r\n", new byte[0]);
            if (response.status() != 200) {
                stats.error("token-" + response.status());
                return false;
            }
            Map<String, Object> json = Json.parseObject(response.bodyText());
            fleet.setToken(device, Json.string(json, "token"), Json.string(json, "expiresAt"));
            return true;
        }
    }

    private String what() {
        return plan.target() == Target.PING ? "pings" : "heartbeats";
    }

    private String intervalText() {
        return BigDecimal.valueOf(plan.interval().toNanos(), 9).stripTrailingZeros().toPlainString();
    }

    static String kind(IOException e) {
        if (e instanceof InterruptedIOException) {
            return "timeout";
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof java.net.NoRouteToHostException) {
            return "connect";
        }
        return "io";
    }

    private Map<String, Object> summary(long elapsedNanos, OpenLoopSchedule schedule, int silentCount, Path silentFile) throws IOException {
        Histogram all = stats.cumulative;
        double seconds = elapsedNanos / 1e9;
        long offered = stats.offered.sum();
        long answered = stats.answered.sum();
        long unsent = queue.size();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("finishedAt", Instant.now(clock).toString());
        summary.put("seconds", Math.round(seconds * 10) / 10.0);
        summary.put("devices", devices.size());
        summary.put("target", plan.target().name().toLowerCase(Locale.ROOT));
        summary.put("intervalSeconds", plan.interval().toNanos() / 1e9);
        summary.put("connections", plan.connections());
        summary.put("offeredRatePerSecond", Math.round(schedule.rate() * 10) / 10.0);
        summary.put("offered", offered);
        summary.put("answered", answered);
        summary.put("ok", stats.ok.sum());
        summary.put("unsent", unsent);
        summary.put("achievedRatePerSecond", Math.round(answered / seconds * 10) / 10.0);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", all.percentile(50));
        latency.put("p90", all.percentile(90));
        latency.put("p95", all.percentile(95));
        latency.put("p99", all.percentile(99));
        latency.put("p999", all.percentile(99.9));
        latency.put("max", all.max());
        summary.put("latencyMicros", latency);
        summary.put("errors", stats.errors());
        summary.put("silentDevices", silentCount);
        Files.writeString(plan.stateDir().resolve("summary.json"), Json.write(summary) + "\n", StandardCharsets.UTF_8);

        out.printf(Locale.ROOT, "Summary: %.1f s, %d devices every %s s over %d connections (%.1f %s/s offered)%n",
                seconds, devices.size(), intervalText(), plan.connections(), schedule.rate(), what());
        out.printf(Locale.ROOT, "  %s: %d due, %d answered (%.1f/s), %d ok, %d never sent (still queued at the end)%n",
                what(), offered, answered, answered / seconds, stats.ok.sum(), unsent);
        out.printf(Locale.ROOT, "  latency from intended send time to answer: p50 %s, p90 %s, p95 %s, p99 %s, p99.9 %s, max %s%n",
                FleetStats.millis(all.percentile(50)), FleetStats.millis(all.percentile(90)), FleetStats.millis(all.percentile(95)),
                FleetStats.millis(all.percentile(99)), FleetStats.millis(all.percentile(99.9)), FleetStats.millis(all.max()));
        out.println("  errors: " + stats.errorsText());
        if (silentCount > 0) {
            out.println("  silent: " + silentCount + " devices after " + plan.silentAfter().toSeconds() + " s (keys in " + silentFile + ")");
        }
        out.println("  details: " + plan.stateDir().resolve("summary.json"));
        out.flush();
        return summary;
    }
}
