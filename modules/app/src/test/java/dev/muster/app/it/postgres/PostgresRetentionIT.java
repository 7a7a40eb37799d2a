package dev.muster.app.it.postgres;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.muster.app.it.Api;
import dev.muster.app.it.Mailbox;
import dev.muster.app.it.MusterDeployment;
import dev.muster.app.it.Tenants;
import dev.muster.app.it.WebhookReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention against the real timers: resolved alerts (with their timelines), finished delivery
 * records (with their attempts) and presence history older than the tenant's {@code retentionDays}
 * are purged, in batches; newer rows, unresolved alerts, deliveries still waiting for a retry and
 * another tenant with a longer retention are kept.
 *
 * <p>PostgreSQL only: time cannot be made to pass through the API, so the test makes rows old by
 * backdating their timestamps with JDBC against the real schema, which needs a database the test can
 * reach while the server runs (the H2 file is locked by the server). Some rows are copies of real
 * ones made with SQL, so that a purge takes more than one batch of 500. The retention timers run
 * every 5 s here ({@code muster.retention.interval-seconds} in the postgres container of
 * arquillian.xml; an hour by default).
 */
@ExtendWith({PostgresSchema.class, ExternalBroker.class, ArquillianExtension.class})
class PostgresRetentionIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @ArquillianResource
    URL serverUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }

    @Test
    void rowsOlderThanTheTenantsRetentionArePurgedInBatchesAndEverythingElseIsKept() throws Exception {
        Api anonymous = new Api(serverUrl);
        Api admin = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, MusterDeployment.adminPassword(), null);
        Tenants tenants = new Tenants(admin, anonymous, SMTP);
        Tenants.Owner owner = tenants.withOwner("retention");
        Tenants.Owner other = tenants.withOwner("keeps-longer");
        retainDays(owner, 30);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            createChannel(owner, receiver.url("/retention"));
            String oldResolved = raise(owner, "OLD_RESOLVED");
            String recentResolved = raise(owner, "RECENT_RESOLVED");
            String oldOpen = raise(owner, "OLD_OPEN");
            resolve(owner, oldResolved);
            resolve(owner, recentResolved);
            String othersOld = raise(other, "OTHERS_OLD");
            resolve(other, othersOld);
            // opened and resolved of the first two, opened of the third: 5 deliveries, all delivered
            List<JsonObject> deliveries = awaitDelivered(owner, 5);
            String waiting = deliveries.stream().filter(d -> d.getString("alertId").equals(oldOpen)).findFirst().orElseThrow()
                    .getString("id");
            List<String> oldDelivered = deliveries.stream().filter(d -> d.getString("alertId").equals(oldResolved))
                    .map(d -> d.getString("id")).toList();
            assertThat(oldDelivered).hasSize(2);

            String device = enroll(owner, "retention-1");
            String othersDevice = enroll(other, "keeps-longer-1");

            try (Connection db = PostgresSchema.connect()) {
                // 40 days ago: past the 30 days of the tenant, within the 90 of the other
                update(db, "update alert set first_occurred_at = now() - interval '41 days', last_occurred_at = now() - interval '41 days',"
                        + " resolved_at = now() - interval '40 days' where id = ?", oldResolved, 1);
                update(db, "update alert set first_occurred_at = now() - interval '21 days', last_occurred_at = now() - interval '21 days',"
                        + " resolved_at = now() - interval '20 days' where id = ?", recentResolved, 1);
                update(db, "update alert set first_occurred_at = now() - interval '400 days', last_occurred_at = now() - interval '400 days'"
                        + " where id = ?", oldOpen, 1);
                update(db, "update alert set first_occurred_at = now() - interval '41 days', last_occurred_at = now() - interval '41 days',"
                        + " resolved_at = now() - interval '40 days' where id = ?", othersOld, 1);
                for (String id : oldDelivered) {
                    update(db, "update notification_delivery set created_at = now() - interval '40 days' where id = ?", id, 1);
                }
                // a delivery still being retried is never purged, however old
                update(db, "update notification_delivery set status = 'WAITING', next_try_at = now() + interval '1 day',"
                        + " created_at = now() - interval '40 days' where id = ?", waiting, 1);
                // 1,200 more old finished deliveries and 1,100 old presence transitions: more than two batches each
                update(db, "insert into notification_delivery (id, tenant_id, channel_id, alert_id, event, severity, alert_type, subject,"
                        + " text_body, payload, status, attempts, next_try_at, last_error, created_at, delivered_at, version)"
                        + " select gen_random_uuid(), tenant_id, channel_id, alert_id, event, severity, alert_type, subject, text_body,"
                        + " payload, status, attempts, null, last_error, now() - interval '40 days' - g * interval '1 second', delivered_at,"
                        + " 0 from notification_delivery, generate_series(1, 1200) g where id = ?", oldDelivered.get(0), 1_200);
                for (String[] each : new String[][] {{device, "1100"}, {othersDevice, "50"}}) {
                    update(db, "insert into presence_transition (id, tenant_id, device_id, from_state, to_state, reason, occurred_at,"
                            + " recorded_at) select gen_random_uuid(), tenant_id, id, 'ONLINE', 'OFFLINE', 'TIMEOUT',"
                            + " now() - interval '40 days' - g * interval '1 minute', now() - interval '40 days'"
                            + " from device, generate_series(1, " + each[1] + ") g where id = ?", each[0], Integer.parseInt(each[1]));
                }
                assertThat(count(db, "select count(*) from notification_attempt where delivery_id = ?", oldDelivered.get(0))).isEqualTo(1);

                Instant deadline = Instant.now().plusSeconds(60);
                while (Instant.now().isBefore(deadline) && (exists(db, "alert", oldResolved)
                        || count(db, "select count(*) from notification_delivery where tenant_id = ? and created_at < now() - interval '30 days'"
                        + " and status = 'DELIVERED'", owner.tenantId()) > 0
                        || count(db, "select count(*) from presence_transition where device_id = ?"
                        + " and occurred_at < now() - interval '30 days'", device) > 0)) {
                    Thread.sleep(500);
                }

                assertThat(exists(db, "alert", oldResolved)).as("a resolved alert past the retention is purged").isFalse();
                assertThat(count(db, "select count(*) from alert_entry where alert_id = ?", oldResolved)).as("with its timeline").isZero();
                assertThat(exists(db, "alert", recentResolved)).as("a resolved alert within the retention is kept").isTrue();
                assertThat(exists(db, "alert", oldOpen)).as("an unresolved alert is kept whatever its age").isTrue();
                assertThat(exists(db, "alert", othersOld)).as("another tenant's alert within its own, longer retention").isTrue();
                assertThat(count(db, "select count(*) from notification_delivery where tenant_id = ? and created_at < now() - interval '30 days'"
                        + " and status = 'DELIVERED'", owner.tenantId())).as("old delivery records, 1,202 of them, all purged").isZero();
                assertThat(count(db, "select count(*) from notification_attempt where delivery_id = ?", oldDelivered.get(0)))
                        .as("with their attempts").isZero();
                assertThat(exists(db, "notification_delivery", waiting)).as("a delivery waiting for its retry is kept").isTrue();
                assertThat(count(db, "select count(*) from notification_delivery where tenant_id = ?", owner.tenantId()))
                        .as("the recent alert's two deliveries and the waiting one").isEqualTo(3);
                assertThat(count(db, "select count(*) from presence_transition where device_id = ?", device))
                        .as("old presence history purged, the enrollment's and heartbeat's recent transitions kept")
                        .isEqualTo(count(db, "select count(*) from presence_transition where device_id = ?"
                                + " and occurred_at > now() - interval '1 day'", device)).isPositive();
                assertThat(count(db, "select count(*) from presence_transition where device_id = ?", othersDevice))
                        .as("another tenant's presence history within its retention").isGreaterThanOrEqualTo(50);
            }
            assertThat(owner.api().get("api/v1/alerts/" + recentResolved).status()).isEqualTo(200);
            assertThat(owner.api().get("api/v1/alerts/" + oldResolved).status()).isEqualTo(404);
            assertThat(owner.api().get("api/v1/notification-deliveries/" + waiting).json().getString("status")).isEqualTo("WAITING");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The tenant's retention through the real settings API, as its owner. */
    private static void retainDays(Tenants.Owner owner, int days) {
        Api.Reply tenant = owner.api().get("api/v1/tenants/" + owner.tenantId());
        Api.Reply changed = owner.api().with("If-Match", tenant.header("ETag")).send("PUT", "api/v1/tenants/" + owner.tenantId(),
                "application/json", Json.createObjectBuilder().add("name", "Retention").add("contactEmail", "ops@retention.example")
                        .add("settings", Json.createObjectBuilder().add("heartbeatIntervalSeconds", 60).add("offlineAfterMissedHeartbeats", 3)
                                .add("staleAfterHours", 24).add("retentionDays", days).add("clockSkewThresholdSeconds", 30))
                        .build().toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static void createChannel(Tenants.Owner owner, String url) {
        Api.Reply created = owner.api().post("api/v1/notification-channels", Json.createObjectBuilder().add("name", "Hook")
                .add("kind", "WEBHOOK").add("url", url).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static String raise(Tenants.Owner owner, String type) {
        Api.Reply raised = owner.api().post("api/v1/alerts", Json.createObjectBuilder().add("type", type).add("severity", "MAJOR")
                .add("message", type).build().toString());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().getString("id");
    }

    private static void resolve(Tenants.Owner owner, String alert) {
        Api.Reply resolved = owner.api().post("api/v1/alerts/" + alert + "/resolve", "{\"note\": \"done\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    }

    /** A device enrolled with a code, heard from once (a presence transition to ONLINE). */
    private String enroll(Tenants.Owner owner, String key) throws InterruptedException {
        Api.Reply code = owner.api().post("api/v1/enrollment-codes", "{}");
        assertThat(code.status()).as(code.toString()).isEqualTo(201);
        Api.Reply enrolled = new Api(serverUrl).fromRandomAddress().post("api/v1/enroll", Json.createObjectBuilder()
                .add("code", code.json().getString("code")).add("deviceKey", key).build().toString());
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        String id = enrolled.json().getString("deviceId");
        Api device = new Api(serverUrl).bearer(enrolled.json().getString("token"));
        assertThat(device.post("api/v1/device/heartbeat", "{}").status()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(20);
        while (!"ONLINE".equals(owner.api().get("api/v1/devices/" + id).json().getJsonObject("presence").getString("state"))) {
            assertThat(Instant.now()).as("device online").isBefore(deadline);
            Thread.sleep(250);
        }
        return id;
    }

    private static List<JsonObject> awaitDelivered(Tenants.Owner owner, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<JsonObject> deliveries;
        do {
            deliveries = owner.api().get("api/v1/notification-deliveries?limit=200").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            if (deliveries.size() == count && deliveries.stream().allMatch(d -> d.getString("status").equals("DELIVERED"))) {
                return deliveries;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("not " + count + " delivered: " + deliveries);
    }

    private static void update(Connection db, String sql, String id, int expected) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(expected);
        }
    }

    private static long count(Connection db, String sql, String id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static boolean exists(Connection db, String table, String id) throws Exception {
        return count(db, "select count(*) from " + table + " where id = ?", id) > 0;
    }
}
