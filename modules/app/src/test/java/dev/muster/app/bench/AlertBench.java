package dev.muster.app.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notification benchmark's driver, run by {@code modules/app/src/bench/alerts.sh} against a server of
 * its own whose mail goes to the SMTP server started here (GreenMail on loopback). Two measurements:
 * <ul>
 *   <li>{@code latency RATE SECONDS}: raises manual alerts on distinct devices at a fixed rate, scheduled by
 *   the clock (open loop, answers are not waited for), and measures for each the time from the raise to the
 *   arrival of its mail;</li>
 *   <li>{@code storm EXPECTED TIMEOUT}: while the devices of the fleet go offline together, measures how long
 *   the server takes to open all {@code EXPECTED} offline alerts and to account for every one of them in a
 *   mail, one by one or in a storm digest, and how many mails that took.</li>
 * </ul>
 * Server URL, owner token and SMTP port come from {@code MUSTER_BENCH_URL}, {@code MUSTER_BENCH_TOKEN} and
 * {@code MUSTER_BENCH_SMTP_PORT} (a token is kept off command lines). Not a test: nothing here runs in the build.
 */
public final class AlertBench {

    private static final String CHANNEL = "Benchmark mail";
    private static final String RECIPIENT = "ops@bench.muster.local";
    private static final Pattern OFFLINE_DIGEST = Pattern.compile("Alert storm: (\\d+) DEVICE_OFFLINE alerts opened");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String token;
    private final GreenMail smtp;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final List<MimeMessage> mails = new ArrayList<>();

    private AlertBench(URI server, String token, int smtpPort) {
        this.api = server.resolve("/api/v1/");
        this.token = token;
        this.smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("latency", "storm").contains(args[0])) {
            System.err.println("usage: AlertBench latency RATE SECONDS | AlertBench storm EXPECTED_ALERTS TIMEOUT_SECONDS");
            System.exit(2);
        }
        AlertBench bench = new AlertBench(URI.create(System.getenv("MUSTER_BENCH_URL")), System.getenv("MUSTER_BENCH_TOKEN"),
                Integer.parseInt(System.getenv("MUSTER_BENCH_SMTP_PORT")));
        bench.smtp.start();
        try {
            Thread collector = new Thread(bench::collectMail, "mail-collector");
            collector.setDaemon(true);
            collector.start();
            bench.createChannel();
            if (args[0].equals("latency")) {
                bench.latency(Double.parseDouble(args[1]), Integer.parseInt(args[2]));
            } else {
                bench.storm(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
            }
            collector.interrupt();
        } finally {
            bench.smtp.stop();
        }
    }

    // --- latency -------------------------------------------------------------------------------------

    private void latency(double rate, int seconds) throws Exception {
        int count = (int) Math.round(rate * seconds);
        List<String> devices = deviceIds(count);
        if (devices.size() < count) {
            throw new IllegalStateException("the tenant has " + devices.size() + " devices, " + count + " needed");
        }
        Map<String, Long> raisedAt = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> answers = new ArrayList<>(count);
        long period = Math.round(1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            LockSupport.parkNanos(due - System.nanoTime());
            String body = Json.createObjectBuilder().add("deviceId", devices.get(i)).add("type", "BENCH_LATENCY")
                    .add("severity", "MAJOR").add("message", "Benchmark alert " + i).build().toString();
            long sent = System.nanoTime();
            answers.add(http.sendAsync(post("alerts", body), HttpResponse.BodyHandlers.ofString()).handle((reply, error) -> {
                if (error == null && reply.statusCode() == 201) {
                    raisedAt.put(json(reply.body()).getString("id"), sent);
                } else {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        double achieved = count / ((System.nanoTime() - start) / 1e9);
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        awaitMails(raisedAt.size(), Duration.ofSeconds(120));

        List<Long> endToEnd = new ArrayList<>();
        List<Long> serverSide = new ArrayList<>();
        int missing = 0;
        for (JsonObject delivery : deliveries()) {
            Long raised = raisedAt.get(delivery.getString("alertId", ""));
            if (raised == null || !"OPENED".equals(delivery.getString("event"))) {
                continue;
            }
            Long arrived = arrivals.get(delivery.getString("id"));
            if (arrived == null) {
                missing++;
                continue;
            }
            endToEnd.add(arrived - raised);
            if (delivery.get("deliveredAt") != null && delivery.get("deliveredAt").getValueType() == JsonValue.ValueType.STRING) {
                serverSide.add(Duration.between(Instant.parse(delivery.getString("createdAt")),
                        Instant.parse(delivery.getString("deliveredAt"))).toNanos());
            }
        }
        System.out.printf("alerts: %d scheduled at %.1f/s, %d raised, %d refused or failed%n", count, achieved, raisedAt.size(), failures.get());
        System.out.printf("mails: %d arrived, %d of the raised alerts' mails missing%n", mails.size(), missing);
        System.out.println("raise to arrival: " + percentiles(endToEnd));
        System.out.println("queued to delivered (server's records): " + percentiles(serverSide));
    }

    // --- storm ---------------------------------------------------------------------------------------

    private void storm(int expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long first = 0;
        long allOpen = 0;
        long accounted = 0;
        long allAccounted = 0;
        while (Instant.now().isBefore(deadline) && allAccounted == 0) {
            long open = json(get("alerts?type=DEVICE_OFFLINE&limit=1").body()).getJsonNumber("total").longValue();
            long now = System.nanoTime();
            if (first == 0 && open > 0) {
                first = now;
                System.out.println("first offline alert");
            }
            if (allOpen == 0 && open >= expected) {
                allOpen = now;
                System.out.printf("all %d offline alerts open after %.1f s%n", open, (now - first) / 1e9);
            }
            accounted = accountedAlerts();
            if (allOpen != 0 && accounted >= expected) {
                allAccounted = System.nanoTime();
            }
            Thread.sleep(200);
        }
        if (allAccounted == 0) {
            System.out.printf("TIMEOUT: %d of %d offline alerts accounted for in %d mails%n", accounted, expected, mails.size());
            System.exit(1);
        }
        long digests;
        synchronized (mails) {
            digests = mails.stream().filter(m -> digestCount(m) > 0).count();
        }
        System.out.printf("storm of %d offline alerts: all open %.1f s after the first, all in mails after %.1f s;"
                        + " %d mails (%d digests, %d single alerts)%n", expected, (allOpen - first) / 1e9,
                (allAccounted - first) / 1e9, mails.size(), digests, mails.size() - digests);
    }

    /** Offline alerts that reached the mailbox: one per single alert mail, the count of a digest for a digest. */
    private long accountedAlerts() {
        synchronized (mails) {
            return mails.stream().mapToLong(mail -> {
                long digest = digestCount(mail);
                return digest > 0 ? digest : subject(mail).contains("DEVICE_OFFLINE opened") ? 1 : 0;
            }).sum();
        }
    }

    /** The number of offline alerts a storm digest stands for; 0 for any other mail. */
    private static long digestCount(MimeMessage mail) {
        Matcher digest = OFFLINE_DIGEST.matcher(subject(mail));
        return digest.find() ? Long.parseLong(digest.group(1)) : 0;
    }

    // --- the mailbox ---------------------------------------------------------------------------------

    /** Stamps every mail with the time it arrived, keyed by the delivery id the server put in it. */
    private void collectMail() {
        int seen = 0;
        while (!Thread.currentThread().isInterrupted()) {
            if (!smtp.waitForIncomingEmail(1_000, seen + 1)) {
                continue;
            }
            long now = System.nanoTime();
            MimeMessage[] received = smtp.getReceivedMessages();
            for (MimeMessage mail : Arrays.copyOfRange(received, seen, received.length)) {
                try {
                    String[] id = mail.getHeader("X-Muster-Mail-Id");
                    if (id != null) {
                        arrivals.putIfAbsent(id[0], now);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
                synchronized (mails) {
                    mails.add(mail);
                }
            }
            seen = received.length;
        }
    }

    private void awaitMails(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (arrivals.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the API -------------------------------------------------------------------------------------

    /** The tenant's benchmark mail channel, created by the first run: one mail per alert. */
    private void createChannel() throws IOException, InterruptedException {
        boolean exists = json(get("notification-channels").body()).getJsonArray("items").stream()
                .anyMatch(channel -> CHANNEL.equals(channel.asJsonObject().getString("name")));
        if (exists) {
            return;
        }
        String channel = Json.createObjectBuilder().add("name", CHANNEL).add("kind", "EMAIL")
                .add("recipients", Json.createArrayBuilder().add(RECIPIENT)).build().toString();
        HttpResponse<String> created = http.send(post("notification-channels", channel), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create the mail channel: " + created.statusCode() + " " + created.body());
        }
    }

    private List<String> deviceIds(int count) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>(count);
        String after = null;
        do {
            JsonObject page = json(get("devices?limit=200" + (after == null ? "" : "&after=" + after)).body());
            page.getJsonArray("items").forEach(device -> ids.add(device.asJsonObject().getString("id")));
            after = page.isNull("next") ? null : page.getString("next");
        } while (after != null && ids.size() < count);
        return ids.subList(0, Math.min(count, ids.size()));
    }

    private List<JsonObject> deliveries() throws IOException, InterruptedException {
        List<JsonObject> all = new ArrayList<>();
        long total;
        do {
            JsonObject page = json(get("notification-deliveries?limit=200&offset=" + all.size()).body());
            JsonArray items = page.getJsonArray("items");
            items.forEach(item -> all.add(item.asJsonObject()));
            total = page.getJsonNumber("total").longValue();
            if (items.isEmpty()) {
                break;
            }
        } while (all.size() < total);
        return all;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + reply.statusCode() + " " + reply.body());
        }
        return reply;
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** {@code n=…, p50 … ms, p95, p99, max}: nanosecond samples, nearest rank. */
    static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no samples";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("n=%d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.length,
                rank(sorted, 0.50) / 1e6, rank(sorted, 0.95) / 1e6, rank(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long rank(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
