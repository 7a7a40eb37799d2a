package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Notification channels and their delivery, black-box against the real WAR, once per database
 * ({@link H2NotificationsIT}, {@code postgres.PostgresNotificationsIT}): what arrives at a real SMTP
 * server (GreenMail) and a real HTTP receiver on loopback, signatures recomputed here, retries
 * through an outage, dead letters and their retry. The servers retry after 1 s doubling up to 8 s,
 * 6 attempts (at least 11.5 s from the first failure to a dead letter), and may send to loopback ({@code muster.notifications.*} in arquillian.xml).
 *
 * <p>Deliveries are driven through "send test" and through alerts raised with the API (the observer
 * of {@code AlertNotice}): the real queue, consumer and retries either way.
 */
public abstract class NotificationsContract {

    /** The attempts the test servers make before a delivery is dead (muster.notifications.retry.attempts). */
    static final int ATTEMPTS = 6;

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @ArquillianResource
    URL serverUrl;

    protected Api anonymous;
    protected Api admin;
    private WebhookReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        anonymous = new Api(serverUrl);
        admin = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, MusterDeployment.adminPassword(), null);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aWebhooksSigningKeyIsShownOnceAndSignsWhatArrives() throws Exception {
        Tenants.Owner owner = tenant("webhook");
        Api.Reply created = owner.api().post("api/v1/notification-channels", Json.createObjectBuilder()
                .add("name", "Ops hook").add("kind", "WEBHOOK").add("url", receiver.url("/hook"))
                .add("severities", Json.createArrayBuilder().add("CRITICAL")).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String key = created.json().getString("secret");
        assertThat(key).startsWith("whsec_").hasSize(49);
        JsonObject channel = created.json().getJsonObject("channel");
        String id = channel.getString("id");
        assertThat(channel.getString("secretHint")).isEqualTo(key.substring(0, 10) + "…");
        assertThat(owner.api().get("api/v1/notification-channels/" + id).body()).doesNotContain(key);
        assertThat(owner.api().get("api/v1/notification-channels").body()).doesNotContain(key);

        JsonObject delivery = sendTest(owner, id);
        WebhookReceiver.Request arrived = receiver.await("/hook", 1, r -> true, Duration.ofSeconds(20)).get(0);
        assertThat(arrived.header("Content-Type")).startsWith("application/json");
        assertThat(arrived.header("Idempotency-Key")).isEqualTo(delivery.getString("id"));
        String timestamp = arrived.header("X-Muster-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(60L));
        assertThat(arrived.header("X-Muster-Signature")).isEqualTo("v1=" + hmacSha256(key, timestamp + "." + arrived.body()));
        JsonObject body = Json.createReader(new StringReader(arrived.body())).readObject();
        assertThat(body.getString("id")).isEqualTo(delivery.getString("id"));
        assertThat(body.getString("event")).isEqualTo("test");
        assertThat(body.getString("tenantId")).isEqualTo(owner.tenantId());

        JsonObject done = awaitDelivery(owner, delivery.getString("id"), "DELIVERED", Duration.ofSeconds(10));
        assertThat(done.getInt("attempts")).isEqualTo(1);
        JsonArray attempts = owner.api().get("api/v1/notification-deliveries/" + delivery.getString("id") + "/attempts").structure()
                .asJsonArray();
        assertThat(attempts).hasSize(1);
        assertThat(attempts.getJsonObject(0).getString("outcome")).isEqualTo("DELIVERED");

        Api.Reply rotated = owner.api().post("api/v1/notification-channels/" + id + "/rotate-secret", "");
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
        String newKey = rotated.json().getString("secret");
        assertThat(newKey).isNotEqualTo(key);
        sendTest(owner, id);
        WebhookReceiver.Request second = receiver.await("/hook", 2, r -> true, Duration.ofSeconds(20)).get(1);
        assertThat(second.header("X-Muster-Signature"))
                .isEqualTo("v1=" + hmacSha256(newKey, second.header("X-Muster-Timestamp") + "." + second.body()));
        assertThat(owner.api().get("api/v1/audit?action=notification-channel.secret-rotated").body()).contains(id)
                .doesNotContain(newKey);
    }

    @Test
    void anAlertReachesTheChannelsSubscribedToItsSeverityWhenItOpensAndWhenItIsResolved() throws Exception {
        Tenants.Owner owner = tenant("alerting");
        Api.Reply created = owner.api().post("api/v1/notification-channels", Json.createObjectBuilder()
                .add("name", "Critical hook").add("kind", "WEBHOOK").add("url", receiver.url("/critical"))
                .add("severities", Json.createArrayBuilder().add("CRITICAL")).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().getString("secret");

        String minor = raise(owner, "UPS_ON_BATTERY", "MINOR", "The rack runs on battery");
        String critical = raise(owner, "UPS_LOW", "CRITICAL", "The rack's battery is almost empty");
        WebhookReceiver.Request opened = receiver.await("/critical", 1, r -> true, Duration.ofSeconds(20)).get(0);
        assertThat(opened.header("X-Muster-Signature"))
                .isEqualTo("v1=" + hmacSha256(key, opened.header("X-Muster-Timestamp") + "." + opened.body()));
        JsonObject body = Json.createReader(new StringReader(opened.body())).readObject();
        assertThat(body.getString("event")).isEqualTo("alert.opened");
        assertThat(body.getString("tenantId")).isEqualTo(owner.tenantId());
        JsonObject alert = body.getJsonObject("alert");
        assertThat(alert.getString("id")).isEqualTo(critical);
        assertThat(alert.getString("type")).isEqualTo("UPS_LOW");
        assertThat(alert.getString("severity")).isEqualTo("CRITICAL");
        assertThat(alert.getString("message")).isEqualTo("The rack's battery is almost empty");
        assertThat(alert.getString("acknowledgeUrl")).as("the token goes in the fragment, never sent to a server")
                .matches("https?://[^#]+/alerts/acknowledge\\.xhtml#[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

        Api.Reply resolved = owner.api().post("api/v1/alerts/" + critical + "/resolve", "{\"note\": \"battery replaced\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        WebhookReceiver.Request closed = receiver.await("/critical", 2, r -> true, Duration.ofSeconds(20)).get(1);
        JsonObject closedBody = Json.createReader(new StringReader(closed.body())).readObject();
        assertThat(closedBody.getString("event")).isEqualTo("alert.resolved");
        assertThat(closedBody.getJsonObject("alert").getString("id")).isEqualTo(critical);
        assertThat(closedBody.getJsonObject("alert").containsKey("acknowledgeUrl")).as("nothing left to acknowledge").isFalse();
        assertThat(closed.header("Idempotency-Key")).isNotEqualTo(opened.header("Idempotency-Key"));

        JsonArray deliveries = owner.api().get("api/v1/notification-deliveries?limit=50").json().getJsonArray("items");
        assertThat(deliveries).as("the MINOR alert matches no channel: nothing was queued for it").hasSize(2)
                .allSatisfy(d -> assertThat(d.asJsonObject().getString("alertId")).isEqualTo(critical).isNotEqualTo(minor));
    }

    private static String raise(Tenants.Owner owner, String type, String severity, String message) {
        Api.Reply raised = owner.api().post("api/v1/alerts", Json.createObjectBuilder().add("type", type).add("severity", severity)
                .add("message", message).build().toString());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().getString("id");
    }

    @Test
    void anEmailChannelsTestArrivesOverSmtp() throws Exception {
        Tenants.Owner owner = tenant("email");
        String recipient = owner.slug() + "-oncall@example.com";
        String id = createChannel(owner, Json.createObjectBuilder().add("name", "On-call mail").add("kind", "EMAIL")
                .add("recipients", Json.createArrayBuilder().add(recipient)));
        JsonObject delivery = sendTest(owner, id);
        MimeMessage mail = Mailbox.awaitMailTo(SMTP, recipient, Duration.ofSeconds(20));
        assertThat(mail.getSubject()).isEqualTo("[Muster] Test notification");
        assertThat(Mailbox.body(mail)).contains("Test notification for channel \"On-call mail\"", owner.email());
        assertThat(mail.getHeader("X-Muster-Mail-Id")[0]).isEqualTo(delivery.getString("id"));
        awaitDelivery(owner, delivery.getString("id"), "DELIVERED", Duration.ofSeconds(10));
    }

    @Test
    void aSlackWebhookUrlIsASecretThatIsNeverShownBack() throws Exception {
        Tenants.Owner owner = tenant("slack");
        String url = receiver.url("/services/T000/B000/slackSecretPart1234");
        String id = createChannel(owner, Json.createObjectBuilder().add("name", "Slack #ops").add("kind", "SLACK").add("url", url));
        JsonObject channel = owner.api().get("api/v1/notification-channels/" + id).json();
        assertThat(channel.getString("target")).isEqualTo("http://127.0.0.1/…1234");
        assertThat(owner.api().get("api/v1/notification-channels").body()).doesNotContain("slackSecretPart");
        assertThat(owner.api().get("api/v1/audit").body()).doesNotContain("slackSecretPart");

        sendTest(owner, id);
        WebhookReceiver.Request arrived = receiver.await("/services/T000/B000/slackSecretPart1234", 1, r -> true,
                Duration.ofSeconds(20)).get(0);
        JsonObject body = Json.createReader(new StringReader(arrived.body())).readObject();
        assertThat(body.getString("text")).contains("Test notification for channel \"Slack #ops\"");
        assertThat(arrived.header("X-Muster-Signature")).isNull();

        Api.Reply kept = owner.api().put("api/v1/notification-channels/" + id, Json.createObjectBuilder().add("name", "Slack #ops")
                .add("severities", Json.createArrayBuilder().add("CRITICAL")).build().toString());
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getString("target")).isEqualTo("http://127.0.0.1/…1234");
    }

    @Test
    void badInputIsAProblemNamingEveryField() throws Exception {
        Tenants.Owner owner = tenant("invalid");
        Api.Reply refused = owner.api().post("api/v1/notification-channels", Json.createObjectBuilder()
                .add("name", "Broken").add("kind", "WEBHOOK").add("url", "ftp://example.com/x")
                .add("severities", Json.createArrayBuilder().add("LOUD")).build().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactlyInAnyOrder("url", "severities[0]");
        assertThat(owner.api().get("api/v1/notification-channels").json().getInt("total")).isZero();

        createChannel(owner, Json.createObjectBuilder().add("name", "Mail").add("kind", "EMAIL")
                .add("recipients", Json.createArrayBuilder().add("a@example.com")));
        Api.Reply duplicate = owner.api().post("api/v1/notification-channels", Json.createObjectBuilder().add("name", "MAIL")
                .add("kind", "EMAIL").add("recipients", Json.createArrayBuilder().add("b@example.com")).build().toString());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(owner.api().get("api/v1/notification-deliveries?status=LOST").json().getJsonArray("errors")
                .getJsonObject(0).getString("field")).isEqualTo("status");
        Api.Reply badId = owner.api().get("api/v1/notification-deliveries?channel=not-an-id");
        assertThat(badId.status()).as(badId.toString()).isEqualTo(400);
        assertThat(badId.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("channel");
    }

    @Test
    void anotherTenantsChannelsAndDeliveriesAreNotFoundAndViewersMayNotSeeThem() throws Exception {
        Tenants.Owner owner = tenant("mine");
        Tenants.Owner other = tenant("theirs");
        String id = createChannel(owner, Json.createObjectBuilder().add("name", "Hook").add("kind", "WEBHOOK")
                .add("url", receiver.url("/mine")));
        String delivery = sendTest(owner, id).getString("id");
        String channel = "api/v1/notification-channels/" + id;
        assertThat(other.api().get(channel).status()).isEqualTo(404);
        assertThat(other.api().put(channel, "{\"name\": \"stolen\"}").status()).isEqualTo(404);
        assertThat(other.api().post(channel + "/test", "").status()).isEqualTo(404);
        assertThat(other.api().post(channel + "/rotate-secret", "").status()).isEqualTo(404);
        assertThat(other.api().delete(channel).status()).isEqualTo(404);
        assertThat(other.api().get("api/v1/notification-deliveries/" + delivery).status()).isEqualTo(404);
        assertThat(other.api().get("api/v1/notification-deliveries/" + delivery + "/attempts").status()).isEqualTo(404);
        assertThat(other.api().post("api/v1/notification-deliveries/" + delivery + "/retry", "").status()).isEqualTo(404);
        assertThat(other.api().get("api/v1/notification-deliveries").json().getInt("total")).isZero();
        assertThat(other.api().get("api/v1/notification-channels").json().getInt("total")).isZero();

        Api viewer = new Tenants(admin, anonymous, SMTP).withMember(owner, "OPERATOR").api();
        assertThat(viewer.get("api/v1/notification-channels").status()).isEqualTo(403);
        assertThat(viewer.post(channel + "/test", "").status()).isEqualTo(403);

        assertThat(owner.api().delete(channel).status()).isEqualTo(204);
        assertThat(owner.api().get(channel).status()).isEqualTo(404);
        assertThat(owner.api().get("api/v1/audit?action=notification-channel.deleted").body()).contains(id);
    }

    @Test
    void aReceiverThatAlwaysFailsEndsInTheDeadLettersWithTheSameKeyEveryTimeAndARetryDeliversIt() throws Exception {
        Tenants.Owner owner = tenant("dead");
        receiver.answer(500);
        String id = createChannel(owner, Json.createObjectBuilder().add("name", "Flaky").add("kind", "WEBHOOK")
                .add("url", receiver.url("/flaky")));
        String delivery = sendTest(owner, id).getString("id");

        JsonObject dead = awaitDelivery(owner, delivery, "DEAD", Duration.ofSeconds(60));
        assertThat(dead.getInt("attempts")).isEqualTo(ATTEMPTS);
        assertThat(dead.getString("lastError")).isEqualTo("HTTP 500");
        assertThat(receiver.requests("/flaky")).hasSize(ATTEMPTS)
                .allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isEqualTo(delivery));
        JsonArray attempts = owner.api().get("api/v1/notification-deliveries/" + delivery + "/attempts").structure().asJsonArray();
        assertThat(attempts.stream().map(a -> a.asJsonObject().getInt("attempt")).toList()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(attempts.stream().map(a -> a.asJsonObject().getString("outcome")).distinct().toList()).containsExactly("FAILED");
        assertThat(attempts.getJsonObject(ATTEMPTS - 2).containsKey("nextTryAt")).as("a failure before the last has a next try").isTrue();
        assertThat(attempts.getJsonObject(ATTEMPTS - 1).containsKey("nextTryAt")).as("the last has none").isFalse();
        List<Instant> times = receiver.requests("/flaky").stream().map(WebhookReceiver.Request::at).toList();
        assertThat(Duration.between(times.get(0), times.get(ATTEMPTS - 1))).as("back-off: at least half of 1+2+4+8+8 s")
                .isGreaterThanOrEqualTo(Duration.ofMillis(11_500));

        JsonObject deadLetters = owner.api().get("api/v1/notification-deliveries?status=DEAD").json();
        assertThat(deadLetters.getInt("total")).isEqualTo(1);
        assertThat(deadLetters.getJsonArray("items").getJsonObject(0).getString("channelName")).isEqualTo("Flaky");

        receiver.answer(204);
        Api.Reply retried = owner.api().post("api/v1/notification-deliveries/" + delivery + "/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        JsonObject delivered = awaitDelivery(owner, delivery, "DELIVERED", Duration.ofSeconds(20));
        assertThat(delivered.getInt("attempts")).isEqualTo(1);
        assertThat(receiver.requests("/flaky")).hasSize(ATTEMPTS + 1)
                .allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isEqualTo(delivery));
        assertThat(owner.api().post("api/v1/notification-deliveries/" + delivery + "/retry", "").status()).isEqualTo(409);
        assertThat(owner.api().get("api/v1/audit?action=notification-delivery.retried").body()).contains(delivery);
    }

    /**
     * 100 alerts fire while the SMTP server is down; it comes back once every one of their
     * notifications has failed at least once. Every notification then arrives exactly once (one mail
     * per delivery id), each delivery is DELIVERED after at least one failure and within the
     * attempts, none is lost or dead.
     *
     * <p>Storms: the storm guard counts per tenant, alert type and change, and holds what comes past
     * {@code muster.notifications.storm.threshold} (10, a server setting, not a tenant's) within the
     * window. The 100 alerts are of 100 distinct types, so none is part of a storm and each must
     * arrive as its own mail: this test is about delivery through an outage, not about digests
     * (whose merging is unit-tested in {@code StormTest}). They are tenant-wide operator alerts
     * (no device), which are never merged into one another either.
     */
    @Test
    void aHundredAlertsFiredWhileTheSmtpServerIsDownAllArriveExactlyOnceWhenItIsBack() throws Exception {
        Tenants.Owner owner = tenant("outage");
        String recipient = owner.slug() + "-ops@example.com";
        createChannel(owner, Json.createObjectBuilder().add("name", "Mail").add("kind", "EMAIL")
                .add("recipients", Json.createArrayBuilder().add(recipient)));
        int count = 100;
        Set<String> alerts = ConcurrentHashMap.newKeySet();
        SMTP.stop();
        try {
            // four at a time: the alerts come close together, so the first has not used up its attempts when the last fails
            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> raised = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String type = String.format("OUTAGE_%03d", i);
                    raised.add(callers.submit(() -> raise(owner, type, "MAJOR", "Alert " + type + " while mail is down")));
                }
                for (Future<String> alert : raised) {
                    alerts.add(alert.get(60, TimeUnit.SECONDS));
                }
            } finally {
                callers.shutdownNow();
            }
            awaitWaiting(owner, count, Duration.ofSeconds(60));
        } finally {
            SMTP.start();
        }
        assertThat(alerts).hasSize(count);

        List<JsonObject> deliveries = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            deliveries = owner.api().get("api/v1/notification-deliveries?limit=200").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            if (deliveries.stream().noneMatch(d -> d.getString("status").equals("QUEUED") || d.getString("status").equals("WAITING"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(deliveries).as("one delivery per alert").hasSize(count);
        assertThat(deliveries.stream().map(d -> d.getString("alertId")).toList()).containsExactlyInAnyOrderElementsOf(alerts);
        assertThat(deliveries).as("every delivery delivered after failing at least once, within the attempts, none dead")
                .allSatisfy(d -> {
                    assertThat(d.getString("status")).as(d.toString()).isEqualTo("DELIVERED");
                    assertThat(d.getInt("attempts")).as(d.toString()).isBetween(2, ATTEMPTS);
                });

        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> Mailbox.sentTo(m, recipient)).toList();
        List<String> mailIds = mails.stream().map(Mailbox::mailId).toList();
        assertThat(mailIds).as("one mail per delivery: none lost, none twice")
                .containsExactlyInAnyOrderElementsOf(deliveries.stream().map(d -> d.getString("id")).toList());
        Map<String, String> typeOfDelivery = new HashMap<>();
        deliveries.forEach(d -> typeOfDelivery.put(d.getString("id"), d.getString("type")));
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).contains(typeOfDelivery.get(Mailbox.mailId(mail)));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    protected Tenants.Owner tenant(String prefix) throws Exception {
        return new Tenants(admin, anonymous, SMTP).withOwner(prefix);
    }

    private static String createChannel(Tenants.Owner owner, jakarta.json.JsonObjectBuilder channel) {
        Api.Reply created = owner.api().post("api/v1/notification-channels", channel.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonObject("channel").getString("id");
    }

    private static JsonObject sendTest(Tenants.Owner owner, String channelId) {
        Api.Reply queued = owner.api().post("api/v1/notification-channels/" + channelId + "/test", "");
        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        assertThat(queued.json().getString("status")).isEqualTo("QUEUED");
        return queued.json();
    }

    private static JsonObject awaitDelivery(Tenants.Owner owner, String id, String status, Duration timeout) throws InterruptedException {
        return awaitDelivery(owner.api(), id, status, timeout);
    }

    /** Waits until the delivery {@code id} has {@code status}, as an ADMIN's {@code api} sees it. */
    static JsonObject awaitDelivery(Api api, String id, String status, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject delivery = null;
        while (Instant.now().isBefore(deadline)) {
            delivery = api.get("api/v1/notification-deliveries/" + id).json();
            if (status.equals(delivery.getString("status"))) {
                return delivery;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("delivery " + id + " not " + status + " within " + timeout + ": " + delivery);
    }

    /** Waits until every one of {@code count} deliveries failed at least once (all SMTP attempts so far were refused). */
    private static void awaitWaiting(Tenants.Owner owner, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonObject page = owner.api().get("api/v1/notification-deliveries?limit=200").json();
            long failed = page.getJsonArray("items").stream().filter(d -> d.asJsonObject().getInt("attempts") >= 1).count();
            if (failed >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not every delivery failed once within " + timeout);
    }

    /** The hex HMAC-SHA256 of {@code data} under {@code key}: what a receiver recomputes to check X-Muster-Signature. */
    static String hmacSha256(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
