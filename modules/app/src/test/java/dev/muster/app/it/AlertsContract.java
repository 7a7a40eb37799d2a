package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts, black-box against the real WAR, once per database ({@link H2AlertsIT},
 * {@code postgres.PostgresAlertsIT}): the lifecycle through the API, presence transitions and
 * heartbeat rules as sources, devices raising their own alerts, tenant isolation, and at most one
 * unresolved alert per device and type under concurrent raises. The servers sweep presence every
 * second, so a device of a tenant with {@link Tenants#quickPresence} is offline 10 s after its
 * last heartbeat.
 */
public abstract class AlertsContract {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @ArquillianResource
    URL serverUrl;

    protected Api anonymous;
    protected Api admin;

    @BeforeEach
    void signInAsPlatformAdmin() {
        anonymous = new Api(serverUrl);
        admin = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, MusterDeployment.adminPassword(), null);
    }

    @Test
    void aDeviceGoingOfflineOpensAnAlertThatItsNextHeartbeatResolvesAutomatically() throws Exception {
        Tenants.Owner owner = tenant("offline");
        Tenants.quickPresence(owner);
        Device device = enroll(owner, "cam-1");
        assertThat(device.api().post("api/v1/device/heartbeat", "{\"intervalSeconds\": 10}").status()).isEqualTo(200);

        JsonObject opened = awaitAlert(owner, "type=DEVICE_OFFLINE&device=" + device.id(), a -> a.getString("status").equals("OPEN"), 30);
        assertThat(opened.getString("severity")).isEqualTo("MAJOR");
        assertThat(opened.getString("source")).isEqualTo("PRESENCE");
        assertThat(opened.getString("deviceName")).isEqualTo("cam-1");
        assertThat(opened.getString("message")).isEqualTo("cam-1 is offline");

        assertThat(device.api().post("api/v1/device/heartbeat", "{\"intervalSeconds\": 10}").status()).isEqualTo(200);
        JsonObject resolved = awaitAlert(owner, "type=DEVICE_OFFLINE&device=" + device.id(),
                a -> a.getString("status").equals("RESOLVED"), 15);
        assertThat(resolved.getString("resolvedBy")).isEqualTo("automatically");
        assertThat(resolved.getString("id")).isEqualTo(opened.getString("id"));
        JsonObject detail = owner.api().get("api/v1/alerts/" + opened.getString("id")).json();
        assertThat(detail.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("kind") + " by " + e.getString("actor"))
                .containsExactly("OPENED by automatically", "RESOLVED by automatically");
        assertThat(owner.api().get("api/v1/alerts?type=DEVICE_OFFLINE").json().getInt("total"))
                .as("one alert however many sweeps ran").isEqualTo(1);
        assertThat(owner.api().get("api/v1/audit?action=alert.resolved").body()).contains("cam-1 is offline");
    }

    @Test
    void operatorsRaiseAcknowledgeResolveReopenAssignAndAnnotateAlertsAndEveryStepIsOnTheTimeline() throws Exception {
        Tenants.Owner owner = tenant("lifecycle");
        Tenants tenants = new Tenants(admin, anonymous, SMTP);
        Tenants.Member operator = tenants.withMember(owner, "OPERATOR");
        Device device = enroll(owner, "door-1");
        String raise = Json.createObjectBuilder().add("deviceId", device.id()).add("type", "DOOR_OPEN").add("severity", "MAJOR")
                .add("message", "Cabinet door open").add("details", Json.createObjectBuilder().add("door", "front")).build().toString();

        Api.Reply created = operator.api().post("api/v1/alerts", raise);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/alerts/" + id);
        Api.Reply repeated = operator.api().post("api/v1/alerts", raise);
        assertThat(repeated.json().getString("id")).as("a repeat counts up, it does not open another").isEqualTo(id);
        assertThat(repeated.json().getInt("occurrences")).isEqualTo(2);
        assertThat(repeated.json().getJsonObject("details").getString("door")).isEqualTo("front");

        JsonObject acknowledged = operator.api().post("api/v1/alerts/" + id + "/acknowledge", "{\"note\": \"on my way\"}").json();
        assertThat(acknowledged.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.getString("acknowledgedBy")).isEqualTo(operator.email());
        assertThat(acknowledged.getString("acknowledgeNote")).isEqualTo("on my way");
        assertThat(operator.api().post("api/v1/alerts/" + id + "/acknowledge", "{}").json().getString("acknowledgedBy"))
                .as("acknowledging again changes nothing").isEqualTo(operator.email());

        JsonObject assigned = owner.api().post("api/v1/alerts/" + id + "/assign", "{\"assignee\": \"" + operator.email() + "\"}").json();
        assertThat(assigned.getString("assigneeName")).isEqualTo(operator.email());
        Api.Reply stranger = owner.api().post("api/v1/alerts/" + id + "/assign", "{\"assignee\": \"nobody@example.com\"}");
        assertProblem(stranger, 400, "assignee");
        assertThat(operator.api().post("api/v1/alerts/" + id + "/notes", "{\"note\": \"hinge broken\"}").status()).isEqualTo(200);
        assertProblem(operator.api().post("api/v1/alerts/" + id + "/notes", "{\"note\": \"  \"}"), 400, "note");

        JsonObject resolved = operator.api().post("api/v1/alerts/" + id + "/resolve", "{\"note\": \"hinge replaced\"}").json();
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.getString("resolvedBy")).isEqualTo(operator.email());
        JsonObject reopened = operator.api().post("api/v1/alerts/" + id + "/reopen", "{\"note\": \"still open\"}").json();
        assertThat(reopened.getString("status")).isEqualTo("OPEN");
        assertThat(reopened.getJsonArray("timeline").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
                .containsExactly("OPENED", "REPEATED", "ACKNOWLEDGED", "ASSIGNED", "NOTE", "RESOLVED", "REOPENED");
        assertThat(owner.api().get("api/v1/audit?action=alert.acknowledged").body()).contains("Cabinet door open");
        assertThat(owner.api().get("api/v1/audit?action=alert.noted").body()).contains("hinge broken");
    }

    @Test
    void theListFiltersCountsBySeverityAndPagesByKeysetAndBulkActionsReportEachAlert() throws Exception {
        Tenants.Owner owner = tenant("inbox");
        for (int i = 0; i < 5; i++) {
            String severity = i < 3 ? "CRITICAL" : "INFO";
            assertThat(owner.api().post("api/v1/alerts", Json.createObjectBuilder().add("type", "SITE_CHECK")
                    .add("severity", severity).add("message", "Check " + i).build().toString()).status()).isEqualTo(201);
        }
        JsonObject critical = owner.api().get("api/v1/alerts?severity=critical&status=open").json();
        assertThat(critical.getInt("total")).isEqualTo(3);
        assertThat(critical.getJsonObject("countsBySeverity").getInt("CRITICAL")).isEqualTo(3);
        assertThat(critical.getJsonObject("countsBySeverity").getInt("INFO")).isEqualTo(2);

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            JsonObject page = owner.api().get("api/v1/alerts?limit=2" + (next == null ? "" : "&after=" + next)).json();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> seen.add(a.getString("message")));
            next = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (next != null);
        assertThat(seen).containsExactly("Check 4", "Check 3", "Check 2", "Check 1", "Check 0");

        String infoId = owner.api().get("api/v1/alerts?severity=info").json().getJsonArray("items").getJsonObject(0).getString("id");
        JsonObject preview = owner.api().post("api/v1/alerts/bulk", "{\"action\": \"RESOLVE\", \"filter\": {\"severity\": \"CRITICAL\"},"
                + " \"preview\": true}").json();
        assertThat(preview.getInt("matched")).isEqualTo(3);
        assertThat(preview.getInt("changed")).isZero();
        String missing = "00000000-0000-4000-8000-000000000000";
        JsonObject bulk = owner.api().post("api/v1/alerts/bulk", "{\"action\": \"ACKNOWLEDGE\", \"ids\": [\"" + infoId + "\", \""
                + missing + "\"], \"note\": \"seen\"}").json();
        assertThat(bulk.getInt("changed")).isEqualTo(1);
        assertThat(bulk.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("outcome"))
                .containsExactlyInAnyOrder("CHANGED", "NOT_FOUND");
        JsonObject resolved = owner.api().post("api/v1/alerts/bulk", "{\"action\": \"RESOLVE\", \"filter\": {\"severity\": \"CRITICAL\"}}").json();
        assertThat(resolved.getInt("changed")).isEqualTo(3);
        assertThat(owner.api().get("api/v1/alerts?status=unresolved").json().getInt("total")).isEqualTo(2);
        assertThat(owner.api().get("api/v1/audit?action=alert.resolved").json().getInt("total")).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndLeavesNothingBehind() throws Exception {
        Tenants.Owner owner = tenant("refused");
        assertProblem(owner.api().post("api/v1/alerts", "{\"type\": \"DEVICE_OFFLINE\", \"severity\": \"MAJOR\", \"message\": \"x\"}"),
                400, "type");
        assertProblem(owner.api().post("api/v1/alerts", "{\"type\": \"OK_TYPE\", \"message\": \"x\"}"), 400, "severity");
        assertProblem(owner.api().post("api/v1/alerts", "{\"type\": \"OK_TYPE\", \"severity\": \"INFO\", \"message\": \"x\","
                + " \"deviceId\": \"00000000-0000-4000-8000-000000000000\"}"), 400, "deviceId");
        assertProblem(owner.api().get("api/v1/alerts?severity=loud"), 400, "severity");
        assertProblem(owner.api().get("api/v1/alerts?from=yesterday"), 400, "from");
        assertProblem(owner.api().get("api/v1/alerts?after=garbage"), 400, "after");
        assertProblem(owner.api().put("api/v1/alert-rules", "{\"batteryBelowPercent\": 120, \"allowedBssids\": [\"nope\"]}"), 400,
                "batteryBelowPercent");
        assertThat(owner.api().get("api/v1/alerts").json().getInt("total")).isZero();
    }

    @Test
    void anotherTenantsAlertIsNotFoundAndViewersMayOnlyRead() throws Exception {
        Tenants.Owner a = tenant("alerts-a");
        Tenants.Owner b = tenant("alerts-b");
        String id = a.api().post("api/v1/alerts", "{\"type\": \"PRIVATE\", \"severity\": \"INFO\", \"message\": \"mine\"}").json()
                .getString("id");
        assertThat(b.api().get("api/v1/alerts/" + id).status()).isEqualTo(404);
        assertThat(b.api().post("api/v1/alerts/" + id + "/acknowledge", "{}").status()).isEqualTo(404);
        assertThat(b.api().post("api/v1/alerts/" + id + "/notes", "{\"note\": \"hi\"}").status()).isEqualTo(404);
        assertThat(b.api().get("api/v1/alerts").json().getInt("total")).isZero();
        assertThat(b.api().post("api/v1/alerts/bulk", "{\"action\": \"RESOLVE\", \"ids\": [\"" + id + "\"]}").json()
                .getJsonArray("items").getJsonObject(0).getString("outcome")).isEqualTo("NOT_FOUND");

        Tenants.Member viewer = new Tenants(admin, anonymous, SMTP).withMember(a, "VIEWER");
        assertThat(viewer.api().get("api/v1/alerts/" + id).status()).isEqualTo(200);
        assertThat(viewer.api().post("api/v1/alerts/" + id + "/acknowledge", "{}").status()).isEqualTo(403);
        assertThat(a.api().get("api/v1/alerts/" + id).json().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void concurrentRaisesOfOneDeviceAndTypeMakeOneAlertWithEveryOccurrenceCounted() throws Exception {
        Tenants.Owner owner = tenant("race");
        Device device = enroll(owner, "race-1");
        String raise = Json.createObjectBuilder().add("deviceId", device.id()).add("type", "DISK_FULL").add("severity", "MINOR")
                .add("message", "Disk full").build().toString();
        List<Callable<Integer>> raises = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            raises.add(() -> owner.api().post("api/v1/alerts", raise).status());
        }
        assertThat(DevicesContract.runTogether(raises)).containsOnly(201);
        JsonArray alerts = owner.api().get("api/v1/alerts?type=DISK_FULL").json().getJsonArray("items");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getJsonObject(0).getInt("occurrences")).isEqualTo(8);
    }

    @Test
    void heartbeatRulesOpenAlertsPerTenantAndGroupAndResolveThemWhenTheConditionClears() throws Exception {
        Tenants.Owner owner = tenant("rules");
        JsonObject rules = owner.api().put("api/v1/alert-rules", "{\"batteryBelowPercent\": 30, \"accessPointEnabled\": true,"
                + " \"allowedBssids\": [\"AA-BB-CC-DD-EE-01\"]}").json();
        assertThat(rules.getJsonObject("tenant").getJsonArray("allowedBssids").getString(0)).isEqualTo("aa:bb:cc:dd:ee:01");
        assertThat(rules.getJsonObject("tenant").getInt("signalBelowDbm")).as("absent: the default").isEqualTo(-85);
        Device device = enroll(owner, "sensor-1");
        owner.api().patch("api/v1/devices/" + device.id(), "\"" + owner.api().get("api/v1/devices/" + device.id()).json()
                .getJsonNumber("version").longValue() + "\"", "{\"group\": \"Quiet\"}");
        assertThat(owner.api().put("api/v1/alert-rules/groups/quiet", "{\"accessPointEnabled\": false}").status()).isEqualTo(200);

        assertThat(device.api().post("api/v1/device/heartbeat", "{\"batteryPercent\": 12, \"wifiBssid\": \"aa:bb:cc:dd:ee:99\"}")
                .status()).isEqualTo(200);
        JsonObject low = awaitAlert(owner, "type=BATTERY_LOW", a -> a.getString("status").equals("OPEN"), 10);
        assertThat(low.getString("source")).isEqualTo("RULE");
        assertThat(low.getString("deviceGroup")).isEqualTo("Quiet");
        assertThat(low.getJsonObject("details").getString("batteryPercent")).isEqualTo("12");
        assertThat(owner.api().get("api/v1/alerts?type=UNEXPECTED_ACCESS_POINT").json().getInt("total"))
                .as("switched off for the device's group").isZero();

        assertThat(device.api().post("api/v1/device/heartbeat", "{\"batteryPercent\": 32}").status()).isEqualTo(200);
        Thread.sleep(2_500);
        assertThat(owner.api().get("api/v1/alerts?type=BATTERY_LOW").json().getJsonArray("items").getJsonObject(0).getString("status"))
                .as("inside the hysteresis band it stays open").isEqualTo("OPEN");
        assertThat(device.api().post("api/v1/device/heartbeat", "{\"batteryPercent\": 80}").status()).isEqualTo(200);
        JsonObject cleared = awaitAlert(owner, "type=BATTERY_LOW", a -> a.getString("status").equals("RESOLVED"), 10);
        assertThat(cleared.getString("resolvedBy")).isEqualTo("automatically");
        assertThat(cleared.getInt("occurrences")).as("a persisting condition is one occurrence").isEqualTo(1);
    }

    @Test
    void devicesRaiseCustomAlertsAboutThemselvesWithinTheirRate() throws Exception {
        Tenants.Owner owner = tenant("device-raise");
        Device device = enroll(owner, "pump-1");
        String body = "{\"type\": \"PUMP_STALLED\", \"severity\": \"CRITICAL\", \"message\": \"Pump stalled\"}";
        Api.Reply raised = device.api().post("api/v1/device/alerts", body);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().getString("deviceId")).isEqualTo(device.id());
        assertProblem(device.api().post("api/v1/device/alerts", "{\"type\": \"DEVICE_OFFLINE\", \"severity\": \"INFO\", \"message\": \"x\"}"),
                400, "type");
        assertThat(owner.api().post("api/v1/device/alerts", body).status()).as("users are not devices").isIn(401, 403);
        int status = 0;
        for (int i = 0; i < 12 && status != 429; i++) {
            Api.Reply reply = device.api().post("api/v1/device/alerts", body);
            status = reply.status();
            if (status == 429) {
                assertThat(reply.header("Retry-After")).isNotNull();
            }
        }
        assertThat(status).isEqualTo(429);
        JsonObject alert = owner.api().get("api/v1/alerts?type=PUMP_STALLED").json().getJsonArray("items").getJsonObject(0);
        assertThat(alert.getString("source")).isEqualTo("DEVICE");
        assertThat(alert.getInt("occurrences")).isBetween(9, 10);
    }

    // --- helpers -----------------------------------------------------------------------------------

    protected record Device(String id, Api api) {
    }

    protected Device enroll(Tenants.Owner owner, String key) {
        JsonObject enrolled = DevicesContract.enroll(anonymous.fromRandomAddress(),
                Json.createObjectBuilder().add("code", DevicesContract.newCode(owner, "{}")).add("deviceKey", key)).json();
        return new Device(enrolled.getString("deviceId"), anonymous.bearer(enrolled.getString("token")));
    }

    protected JsonObject awaitAlert(Tenants.Owner owner, String query, Predicate<JsonObject> condition, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonObject list;
        do {
            list = owner.api().get("api/v1/alerts?" + query).json();
            for (JsonObject alert : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (condition.test(alert)) {
                    return alert;
                }
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no alert like that for " + query + " within " + seconds + " s: " + list);
    }

    protected static void assertProblem(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"" + field + "\"");
    }

    protected Tenants.Owner tenant(String prefix) throws Exception {
        return new Tenants(admin, anonymous, SMTP).withOwner(prefix);
    }
}
