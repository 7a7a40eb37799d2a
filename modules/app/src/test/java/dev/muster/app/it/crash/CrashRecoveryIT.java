package dev.muster.app.it.crash;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.muster.app.it.Api;
import dev.muster.app.it.Mailbox;
import dev.muster.app.it.MusterDeployment;
import dev.muster.app.it.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash recovery of notifications: the server is killed with SIGKILL while notifications are queued
 * in the broker, under way and waiting for their retry, started again on the same data directory (H2
 * file database, embedded persistent broker), and every notification arrives.
 *
 * <p>Not an Arquillian test: its managed container cannot survive a kill. The server runs in a
 * process of its own ({@link MusterProcess}, through {@code server-config/start-muster.sh}); its
 * output is in {@code modules/app/target/it-crash/server-1.log} and {@code server-2.log}. Two
 * boots. The mail server first hangs ({@link SilentSmtpServer}: every attempt waits for the 3 s
 * SMTP timeout, four at a time), so at the kill some deliveries have never been tried (a message
 * in the broker's store), some attempts are under way (their transaction dies with the process, the
 * message is redelivered), and some failed and wait for their retry (a WAITING row). After the
 * restart the mail server refuses connections until the records have been checked, then GreenMail
 * takes over.
 *
 * <p>Delivery is at least once: a crash after the receiver took a notification in and before the
 * attempt committed sends it again under the same id. No mail can be accepted before the crash (the
 * hung server never answers), so every mail must arrive exactly once, and a mail id seen twice is a
 * failure. The webhook channel shows the other case: its receiver ({@link WebhookLog}) takes every
 * request in but answers only after the sender's timeout, so it has notifications whose attempts
 * failed or died with the process, and they come again after the restart, with the same
 * idempotency key. Those repeats are counted, not forbidden; what must hold is that every one
 * carries the key of its delivery and that each delivery is accepted exactly once.
 */
class CrashRecoveryIT {

    private static final int ALERTS = 20;
    /** One email and one webhook channel. */
    private static final int DELIVERIES = 2 * ALERTS;
    private static final Duration BOOT = Duration.ofSeconds(900);

    @Test
    void notificationsQueuedUnderWayOrWaitingWhenTheServerIsKilledAreAllDeliveredOnceAfterARestart() throws Exception {
        Path work = Path.of(System.getProperty("muster.it.crash-dir", "modules/app/target/it-crash")).toAbsolutePath();
        Path data = work.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        int smtpPort = MusterDeployment.smtpPort();
        String password = MusterDeployment.adminPassword();
        List<String> options = List.of("-Xms256m", "-Xmx512m", "-Dmuster.data.dir=" + data,
                "-Dmuster.admin.password=" + password,
                "-Dmuster.mail.smtp.host=127.0.0.1", "-Dmuster.mail.smtp.port=" + smtpPort, "-Dmuster.mail.smtp.timeout-ms=3000",
                "-Dmuster.notifications.retry.initial-seconds=4", "-Dmuster.notifications.retry.max-seconds=4",
                "-Dmuster.notifications.retry.attempts=100", "-Dmuster.notifications.retry.sweep-seconds=1",
                "-Dmuster.notifications.http.timeout-seconds=5", "-Dmuster.notifications.allow-insecure-targets=true");
        String cluster = System.getProperty("muster.it.cluster", "muster-it") + "-crash";

        try (MusterProcess server = new MusterProcess(work, Integer.getInteger("muster.it.crash-port", 0), cluster, options);
             WebhookLog webhook = new WebhookLog(Duration.ofSeconds(8))) {
            server.start(BOOT);
            Api anonymous = new Api(server.url());
            Api admin = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, password, null);
            String slug = Tenants.slug("crash");
            Api.Reply tenant = admin.post("api/v1/tenants", Tenants.json(slug, MusterDeployment.ADMIN_EMAIL));
            assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
            Api owner = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, password, slug);
            String recipient = slug + "-ops@example.com";
            Api.Reply channel = owner.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", "Mail")
                    .add("kind", "EMAIL").add("recipients", Json.createArrayBuilder().add(recipient)).build().toString());
            assertThat(channel.status()).as(channel.toString()).isEqualTo(201);
            String mailChannel = channel.json().getJsonObject("channel").getString("id");
            Api.Reply hook = owner.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", "Hook")
                    .add("kind", "WEBHOOK").add("url", webhook.url()).build().toString());
            assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
            webhook.mode(WebhookLog.Mode.HANG);

            Set<String> alerts = new HashSet<>();
            Map<String, Long> atTheKill;
            try (SilentSmtpServer hung = new SilentSmtpServer(smtpPort)) {
                for (int i = 0; i < ALERTS; i++) {
                    // distinct types: no storm digest merges them (the storm guard counts per type)
                    Api.Reply raised = owner.post("api/v1/alerts", Json.createObjectBuilder().add("type", String.format("CRASH_%02d", i))
                            .add("severity", "CRITICAL").add("message", "Raised before the crash").build().toString());
                    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
                    alerts.add(raised.json().getString("id"));
                }
                atTheKill = awaitMixedBacklog(owner, webhook, Duration.ofSeconds(120));
                server.kill();
                webhook.mode(WebhookLog.Mode.REFUSE);
                assertThat(hung.connections()).as("the server tried the hung mail server").isPositive();
            }
            System.out.println("Deliveries when the server was killed: " + atTheKill);

            server.start(BOOT);
            owner = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, password, slug);
            assertThat(owner.get("api/v1/alerts?status=unresolved&limit=100").json().getJsonArray("items"))
                    .as("every alert committed before the crash is still there").hasSize(ALERTS);
            List<JsonObject> restarted = deliveries(owner);
            assertThat(restarted).as("one delivery per alert and channel, none delivered while both receivers refuse")
                    .hasSize(DELIVERIES).noneSatisfy(d -> assertThat(d.getString("status")).isEqualTo("DELIVERED"));
            assertThat(restarted.stream().map(d -> d.getString("alertId")).collect(Collectors.toSet())).isEqualTo(alerts);

            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            webhook.mode(WebhookLog.Mode.ACCEPT);
            try {
                Instant back = Instant.now();
                List<JsonObject> done = awaitAllDelivered(owner, Duration.ofSeconds(180));
                System.out.println("All " + DELIVERIES + " delivered " + Duration.between(back, Instant.now()).toMillis()
                        + " ms after the mail server came back");
                Map<String, Long> mailsPerId = Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mailbox.sentTo(m, recipient))
                        .collect(Collectors.groupingBy(Mailbox::mailId, TreeMap::new, Collectors.counting()));
                List<String> mailed = done.stream().filter(d -> d.getString("channelId").equals(mailChannel))
                        .map(d -> d.getString("id")).toList();
                List<String> posted = done.stream().filter(d -> !d.getString("channelId").equals(mailChannel))
                        .map(d -> d.getString("id")).toList();
                assertThat(mailsPerId.keySet()).as("a mail for every delivery, carrying its id").containsExactlyInAnyOrderElementsOf(mailed);
                assertThat(mailsPerId).as("no mail twice: none could have been accepted before the crash")
                        .allSatisfy((id, mails) -> assertThat(mails).isEqualTo(1L));

                List<WebhookLog.Arrival> arrivals = webhook.arrivals();
                assertThat(arrivals).as("every request carries its delivery's id as the key and in the body").allSatisfy(arrival ->
                        assertThat(Json.createReader(new StringReader(arrival.body())).readObject().getString("id"))
                                .isEqualTo(arrival.idempotencyKey()));
                Map<String, Long> acceptedPerKey = arrivals.stream().filter(a -> a.answered() == 204)
                        .collect(Collectors.groupingBy(WebhookLog.Arrival::idempotencyKey, Collectors.counting()));
                assertThat(acceptedPerKey.keySet()).as("every webhook delivery accepted").containsExactlyInAnyOrderElementsOf(posted);
                assertThat(acceptedPerKey).as("and accepted once").allSatisfy((key, accepted) -> assertThat(accepted).isEqualTo(1L));
                Map<String, Long> perKey = arrivals.stream().collect(Collectors.groupingBy(WebhookLog.Arrival::idempotencyKey,
                        Collectors.counting()));
                Set<String> takenInBeforeTheKill = arrivals.stream().filter(a -> a.mode() == WebhookLog.Mode.HANG)
                        .map(WebhookLog.Arrival::idempotencyKey).collect(Collectors.toSet());
                System.out.println("Webhook: " + arrivals.size() + " requests for " + posted.size() + " deliveries; "
                        + takenInBeforeTheKill.size() + " deliveries had been taken in (without an answer in time) before the kill;"
                        + " requests per delivery: " + perKey.values().stream().collect(Collectors.groupingBy(n -> n, TreeMap::new,
                        Collectors.counting())));

                for (JsonObject delivery : done) {
                    List<JsonObject> attempts = owner.get("api/v1/notification-deliveries/" + delivery.getString("id") + "/attempts")
                            .structure().asJsonArray().getValuesAs(JsonObject.class);
                    assertThat(attempts).as("the recorded attempts of " + delivery).hasSize(delivery.getInt("attempts"));
                    assertThat(attempts.get(attempts.size() - 1).getString("outcome")).isEqualTo("DELIVERED");
                }
            } finally {
                smtp.stop();
            }
        }
    }

    /**
     * Waits until the backlog has every kind of delivery a crash must not lose: failed and waiting for
     * its retry (only a row in the database, its next try 2 to 4 s later), and never tried yet (only
     * a message in the broker's store); attempts under way are then four of the rest; and the webhook
     * receiver has taken at least one notification in. Returns the count per status and attempts.
     */
    private static Map<String, Long> awaitMixedBacklog(Api owner, WebhookLog webhook, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Long> counts = Map.of();
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> deliveries = deliveries(owner);
            counts = deliveries.stream().collect(Collectors.groupingBy(
                    d -> d.getString("status") + (d.getInt("attempts") == 0 ? " never tried" : " after a failure"),
                    TreeMap::new, Collectors.counting()));
            long waiting = deliveries.stream().filter(d -> d.getString("status").equals("WAITING")).count();
            long untried = deliveries.stream().filter(d -> d.getInt("attempts") == 0).count();
            if (waiting >= 2 && untried >= 10 && !webhook.arrivals().isEmpty()) {
                return counts;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no backlog with failed and untried deliveries within " + timeout + ": " + counts);
    }

    private static List<JsonObject> awaitAllDelivered(Api owner, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<JsonObject> deliveries = List.of();
        while (Instant.now().isBefore(deadline)) {
            deliveries = deliveries(owner);
            if (deliveries.size() == DELIVERIES && deliveries.stream().allMatch(d -> d.getString("status").equals("DELIVERED"))) {
                return deliveries;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not all delivered within " + timeout + ": " + deliveries);
    }

    private static List<JsonObject> deliveries(Api owner) {
        return owner.get("api/v1/notification-deliveries?limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
