package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrollment, device credentials, the registry, heartbeats and presence, checked black-box against the real WAR on
 * Payara Micro, once per database ({@link H2DevicesIT}, {@code postgres.PostgresDevicesIT}). The
 * servers sweep presence every second and allow 30 heartbeats a minute per device, so timing tests
 * stay short.
 * Every test works in tenants of its own. Requests that must not share a client address (the
 * enrollment throttle counts per address) come "through" the trusted loopback proxy with their own
 * {@code X-Forwarded-For}.
 */
public abstract class DevicesContract {

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

    // --- enrollment ------------------------------------------------------------------------------

    @Test
    void aDeviceEnrollsWithACodeShownOnceAndGetsItsCredentialsOnce() throws Exception {
        Tenants.Owner owner = tenant("enroll");
        Api.Reply created = owner.api().post("api/v1/enrollment-codes", "{\"note\": \"for the lobby camera\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String code = created.json().getString("code");
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        String codeId = created.json().getJsonObject("enrollmentCode").getString("id");
        assertThat(owner.api().get("api/v1/enrollment-codes/" + codeId).body()).doesNotContain(code);

        String typed = code.substring(0, 3).toLowerCase() + " - " + code.substring(3).toLowerCase();
        Api.Reply enrolled = enroll(client(), Json.createObjectBuilder().add("code", typed).add("deviceKey", "cam-0001")
                .add("name", "Lobby camera").add("type", "camera")
                .add("info", Json.createObjectBuilder().add("hostname", "cam-lobby").add("os", "Raspberry Pi OS")
                        .add("lanIp", "192.168.1.23").add("mac", "B8-27-EB-12-34-56")));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        JsonObject credentials = enrolled.json();
        assertThat(credentials.getString("deviceKey")).isEqualTo("cam-0001");
        assertThat(credentials.getString("tenant")).isEqualTo(owner.slug());
        assertThat(credentials.getString("secret")).hasSize(43);
        assertThat(credentials.getInt("heartbeatIntervalSeconds")).isEqualTo(60);
        assertThat(enrolled.header("Cache-Control")).isEqualTo("no-store");

        Api device = anonymous.bearer(credentials.getString("token"));
        JsonObject me = device.get("api/v1/device").json();
        assertThat(me.getString("name")).isEqualTo("Lobby camera");
        assertThat(me.getJsonObject("info").getString("mac")).isEqualTo("b8:27:eb:12:34:56");
        assertThat(me.getString("enrolledVia")).isEqualTo("code:" + codeId);

        Api.Reply again = enroll(client(), Json.createObjectBuilder().add("code", code).add("deviceKey", "cam-0002"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("USED_UP");

        JsonObject listed = owner.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0);
        assertThat(listed.getString("status")).isEqualTo("USED_UP");
        assertThat(listed.getInt("uses")).isEqualTo(1);
        assertThat(listed.getJsonArray("enrollments").getJsonObject(0).getString("deviceKey")).isEqualTo("cam-0001");
        String deviceJson = owner.api().get("api/v1/devices/" + credentials.getString("deviceId")).body();
        assertThat(deviceJson).doesNotContain(credentials.getString("secret"));
        assertThat(owner.api().get("api/v1/audit?action=device.enrolled").body()).contains("Lobby camera");
    }

    @Test
    void aDeviceRepeatingItsEnrollmentAfterALostAnswerGetsNewCredentialsWithoutSpendingAUse() throws Exception {
        Tenants.Owner owner = tenant("retry");
        String code = newCode(owner, "{}");
        Api device = client();
        JsonObject lost = enroll(device, Json.createObjectBuilder().add("code", code).add("deviceKey", "flaky-1")).json();
        Api.Reply retried = enroll(device, Json.createObjectBuilder().add("code", code).add("deviceKey", "flaky-1"));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.json().getString("deviceId")).isEqualTo(lost.getString("deviceId"));
        assertThat(anonymous.basic(lost.getString("deviceId"), lost.getString("secret")).post("api/v1/device/token", "").status())
                .as("the lost secret stops working").isEqualTo(401);
        assertThat(anonymous.bearer(retried.json().getString("token")).get("api/v1/device").status()).isEqualTo(200);
        assertThat(owner.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0).getInt("uses")).isEqualTo(1);
        assertThat(enroll(client(), Json.createObjectBuilder().add("code", code).add("deviceKey", "flaky-2")).status())
                .as("another device cannot use the spent code").isEqualTo(409);
    }

    @Test
    void refusalsTellTheAgentWhatToDo() throws Exception {
        Tenants.Owner owner = tenant("refusals");
        Api.Reply unknown = enroll(client(), Json.createObjectBuilder().add("code", "ZZZZZZ"));
        assertThat(unknown.status()).isIn(401, 429);
        Api.Reply malformed = enroll(client(), Json.createObjectBuilder().add("code", "O0I1L!"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        Api.Reply neither = enroll(client(), Json.createObjectBuilder().add("deviceKey", "x"));
        assertThat(neither.status()).isEqualTo(400);

        String revokedCode = newCode(owner, "{}");
        String revokedId = owner.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(owner.api().delete("api/v1/enrollment-codes/" + revokedId).json().getString("status")).isEqualTo("REVOKED");
        Api.Reply revoked = enroll(client(), Json.createObjectBuilder().add("code", revokedCode));
        assertThat(revoked.status()).isEqualTo(410);
        assertThat(revoked.json().getString("code")).isEqualTo("REVOKED");

        String first = newCode(owner, "{}");
        assertThat(enroll(client(), Json.createObjectBuilder().add("code", first).add("deviceKey", "dup-1")).status()).isEqualTo(201);
        String twoUses = newCode(owner, "{\"maxUses\": 2}");
        Api.Reply active = enroll(client(), Json.createObjectBuilder().add("code", twoUses).add("deviceKey", "dup-1"));
        assertThat(active.status()).isEqualTo(409);
        assertThat(active.json().getString("code")).isEqualTo("ALREADY_ENROLLED");
        JsonObject code = owner.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0);
        assertThat(code.getInt("uses")).as("a refused enrollment burns no use").isZero();

        String bound = newCode(owner, "{\"deviceKey\": \"bound-1\"}");
        Api.Reply wrongDevice = enroll(client(), Json.createObjectBuilder().add("code", bound).add("deviceKey", "someone-else"));
        assertThat(wrongDevice.status()).isEqualTo(401);

        String forSuspended = newCode(owner, "{}");
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}"))).json();
        Api device = anonymous.bearer(enrolled.getString("token"));
        assertThat(admin.post("api/v1/tenants/" + owner.tenantId() + "/suspend", "").status()).isEqualTo(200);
        try {
            Api.Reply suspended = enroll(client(), Json.createObjectBuilder().add("code", forSuspended));
            assertThat(suspended.status()).isEqualTo(403);
            assertThat(suspended.json().getString("code")).isEqualTo("TENANT_SUSPENDED");
            assertThat(device.get("api/v1/device").status()).as("a suspended tenant's devices are refused").isEqualTo(403);
        } finally {
            admin.post("api/v1/tenants/" + owner.tenantId() + "/activate", "");
        }
        assertThat(device.get("api/v1/device").status()).as("and work again once it is active").isEqualTo(200);
        assertThat(owner.api().get("api/v1/audit?action=enrollment.refused").json().getInt("total")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void guessingCodesFromOneClientIsThrottledWithRetryAfter() {
        Api guesser = client();
        int refused = 0;
        Api.Reply reply = null;
        for (int i = 0; i < 15; i++) {
            reply = enroll(guesser, Json.createObjectBuilder().add("code", "QQQQ" + "23456789".charAt(i % 8) + "Q"));
            if (reply.status() == 429) {
                break;
            }
            refused++;
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().getString("code")).isEqualTo("INVALID_ENROLLMENT_CODE");
        }
        assertThat(refused).isEqualTo(10);
        assertThat(reply.status()).isEqualTo(429);
        assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
        assertThat(enroll(client(), Json.createObjectBuilder().add("code", "QQQQQQ")).status()).as("another client").isEqualTo(401);
        assertThat(anonymous.get("metrics?scope=application").body()).contains("muster_enrollment_refusals_total");
        assertThat(anonymous.get("openapi").body()).contains("/api/v1/enroll", "/api/v1/devices", "/api/v1/device/token",
                "/api/v1/enrollment-codes", "/api/v1/provisioning-keys", "/api/v1/ssh-hostkey", "/api/v1/device/heartbeat",
                "HeartbeatAnswer");
        assertThat(admin.get("api/v1/audit?action=enrollment.refused").json().getInt("total")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void fiftyConcurrentEnrollmentsBurnASingleUseCodeExactlyOnce() throws Exception {
        Tenants.Owner owner = tenant("burn");
        String code = newCode(owner, "{}");
        List<Callable<Api.Reply>> attempts = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(50);
        for (int i = 0; i < 50; i++) {
            String key = "race-" + i;
            Api client = client();
            attempts.add(() -> {
                start.await(30, TimeUnit.SECONDS);
                return enroll(client, Json.createObjectBuilder().add("code", code).add("deviceKey", key));
            });
        }
        List<Api.Reply> replies = runTogether(attempts);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(49)
                .allSatisfy(r -> assertThat(r.json().getString("code")).isEqualTo("USED_UP"));
        assertThat(owner.api().get("api/v1/devices").json().getInt("total")).isEqualTo(1);
        JsonObject burned = owner.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0);
        assertThat(burned.getInt("uses")).isEqualTo(1);
        assertThat(burned.getJsonArray("enrollments")).hasSize(1);
    }

    @Test
    void provisioningKeysEnrollDevicesUpToTheirLimit() throws Exception {
        Tenants.Owner owner = tenant("factory");
        Api.Reply created = owner.api().post("api/v1/provisioning-keys",
                "{\"name\": \"Camera image\", \"deviceLimit\": 2, \"deviceType\": \"camera\", \"group\": \"factory-a\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().getString("key");
        assertThat(key).startsWith("mp_").hasSize(46);
        String id = created.json().getJsonObject("provisioningKey").getString("id");
        assertThat(owner.api().get("api/v1/provisioning-keys/" + id).body()).doesNotContain(key.substring(11));

        for (int i = 1; i <= 2; i++) {
            Api.Reply enrolled = enroll(client(), Json.createObjectBuilder().add("provisioningKey", key).add("deviceKey", "img-" + i));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        }
        assertThat(enroll(client(), Json.createObjectBuilder().add("provisioningKey", key).add("deviceKey", "img-3")).status()).isEqualTo(409);
        JsonObject device = owner.api().get("api/v1/devices?group=factory-a&type=camera").json();
        assertThat(device.getInt("total")).isEqualTo(2);
        assertThat(owner.api().get("api/v1/provisioning-keys").json().getJsonArray("items").getJsonObject(0).getString("status"))
                .isEqualTo("USED_UP");
        Api.Reply wrong = enroll(client(), Json.createObjectBuilder().add("provisioningKey", "mp_" + "A".repeat(43)));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(owner.api().delete("api/v1/provisioning-keys/" + id).json().getString("status")).isEqualTo("REVOKED");
        assertThat(enroll(client(), Json.createObjectBuilder().add("provisioningKey", key)).status()).isEqualTo(410);
    }

    // --- device credentials ----------------------------------------------------------------------

    @Test
    void rotationRevocationAndResetTakeEffectWithTheNextRequest() throws Exception {
        Tenants.Owner owner = tenant("creds");
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "rot-1")).json();
        String id = enrolled.getString("deviceId");
        String secret = enrolled.getString("secret");
        Api.Reply token = anonymous.basic(id, secret).post("api/v1/device/token", "");
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        Api oldToken = anonymous.bearer(token.json().getString("token"));
        assertThat(oldToken.get("api/v1/device").status()).isEqualTo(200);
        assertThat(anonymous.basic(id, secret + "x").post("api/v1/device/token", "").status()).isEqualTo(401);

        Api.Reply rotated = owner.api().post("api/v1/devices/" + id + "/rotate-secret", "");
        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = rotated.json().getString("secret");
        assertThat(oldToken.get("api/v1/device").status()).as("a token of the old secret").isEqualTo(401);
        assertThat(anonymous.basic(id, secret).post("api/v1/device/token", "").status()).isEqualTo(401);
        Api current = anonymous.bearer(anonymous.basic(id, newSecret).post("api/v1/device/token", "").json().getString("token"));
        assertThat(current.get("api/v1/device").status()).isEqualTo(200);

        assertThat(owner.api().post("api/v1/devices/" + id + "/reset", "").json().getString("status")).isEqualTo("RESET");
        assertThat(current.get("api/v1/device").status()).isEqualTo(401);
        assertThat(anonymous.basic(id, newSecret).post("api/v1/device/token", "").status()).isEqualTo(401);
        assertThat(owner.api().get("api/v1/devices/" + id).json().getJsonObject("info")).as("reported info is cleared").isEmpty();

        Api.Reply again = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "rot-1"));
        assertThat(again.status()).as("a reset device enrolls again, keeping its id").isEqualTo(201);
        assertThat(again.json().getString("deviceId")).isEqualTo(id);
        assertThat(again.json().getBoolean("replaced")).isTrue();
        Api reEnrolled = anonymous.bearer(again.json().getString("token"));

        assertThat(owner.api().post("api/v1/devices/" + id + "/revoke", "").json().getString("status")).isEqualTo("REVOKED");
        assertThat(reEnrolled.get("api/v1/device").status()).isEqualTo(401);
        assertThat(owner.api().get("api/v1/devices?status=revoked").json().getInt("total")).isEqualTo(1);
        Api.Reply afterRevoke = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{\"deviceKey\": \"rot-1\"}")));
        assertThat(afterRevoke.status()).as("revocation is permanent").isEqualTo(409);
    }

    @Test
    void aCodeBoundToAnEnrolledDeviceReplacesItsCredentials() throws Exception {
        Tenants.Owner owner = tenant("wiped");
        JsonObject first = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "pi-7")).json();
        Api oldToken = anonymous.bearer(first.getString("token"));
        assertThat(oldToken.get("api/v1/device").status()).isEqualTo(200);

        String bound = newCode(owner, "{\"deviceKey\": \"pi-7\", \"deviceName\": \"Kiosk 7\", \"group\": \"kiosks\", \"tags\": {\"site\": \"berlin\"}}");
        Api.Reply replaced = enroll(client(), Json.createObjectBuilder().add("code", bound));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);
        assertThat(replaced.json().getString("deviceId")).isEqualTo(first.getString("deviceId"));
        assertThat(replaced.json().getBoolean("replaced")).isTrue();
        assertThat(oldToken.get("api/v1/device").status()).isEqualTo(401);
        assertThat(anonymous.basic(first.getString("deviceId"), first.getString("secret")).post("api/v1/device/token", "").status())
                .isEqualTo(401);
        JsonObject device = anonymous.bearer(replaced.json().getString("token")).get("api/v1/device").json();
        assertThat(device.getString("name")).isEqualTo("Kiosk 7");
        assertThat(device.getString("group")).isEqualTo("kiosks");
        assertThat(device.getJsonObject("tags").getString("site")).isEqualTo("berlin");
    }

    // --- the registry ------------------------------------------------------------------------------

    @Test
    void preRegisteredDevicesAreListedWithFiltersSortingAndStableKeysetPages() throws Exception {
        Tenants.Owner owner = tenant("registry");
        Api.Reply pre = owner.api().post("api/v1/devices", "{\"key\": \"img-001\", \"name\": \"Büro Kamera 東京\", \"type\": \"camera\","
                + " \"group\": \"hq\", \"tags\": {\"site\": \"berlin\", \"floor\": \"2\"}, \"attributes\": {\"room\": \"2.14\"}}");
        assertThat(pre.status()).as(pre.toString()).isEqualTo(201);
        assertThat(pre.json().getString("secret")).hasSize(43);
        assertThat(pre.header("Location")).endsWith("/api/v1/devices/" + pre.json().getJsonObject("device").getString("id"));
        String preId = pre.json().getJsonObject("device").getString("id");
        Api.Reply token = anonymous.basic(preId, pre.json().getString("secret")).post("api/v1/device/token", "");
        assertThat(token.status()).as("a pre-registered device gets tokens with its secret").isEqualTo(200);
        anonymous.bearer(token.json().getString("token")).send("PATCH", "api/v1/device", "application/json",
                "{\"hostname\": \"hq-cam\", \"os\": \"Debian\", \"lanIp\": \"10.1.2.3\"}");

        for (int i = 0; i < 5; i++) {
            assertThat(owner.api().post("api/v1/devices", "{\"name\": \"Sensor " + i + "\", \"type\": \"sensor\", \"group\": \"lab\"}")
                    .status()).isEqualTo(201);
        }
        assertThat(owner.api().get("api/v1/devices?type=CAMERA").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?group=lab").json().getInt("total")).isEqualTo(5);
        assertThat(owner.api().get("api/v1/devices?tag=site").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?tag=site%3Dberlin").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?tag=site%3Dparis").json().getInt("total")).isZero();
        assertThat(owner.api().get("api/v1/devices?os=debian").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?q=HQ-CA").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?q=10.1.2").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?q=img-0").json().getInt("total")).isEqualTo(1);
        assertThat(owner.api().get("api/v1/devices?q=%25").json().getInt("total")).as("LIKE wildcards are literal").isZero();

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = owner.api().get("api/v1/devices?sort=name&order=desc&limit=2" + (after == null ? "" : "&after=" + after)).json();
            assertThat(page.getInt("total")).isEqualTo(pages == 0 ? 6 : 7);
            page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
            after = page.containsKey("next") ? page.getString("next") : null;
            pages++;
            if (pages == 1) {
                assertThat(owner.api().post("api/v1/devices", "{\"name\": \"Aardvark\"}").status())
                        .as("a device added between pages").isEqualTo(201);
            }
        } while (after != null && pages < 10);
        assertThat(seen).doesNotHaveDuplicates().hasSize(7).contains(preId);
        assertThat(owner.api().get("api/v1/devices?after=not-a-cursor").status()).isEqualTo(400);
        assertThat(owner.api().get("api/v1/devices?sort=colour").json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("sort");
        assertThat(owner.api().get("api/v1/devices?limit=lots").status()).isEqualTo(400);
    }

    @Test
    void updatesNeedTheCurrentVersionAndNamesAreUniqueIgnoringCase() throws Exception {
        Tenants.Owner owner = tenant("patch");
        String id = owner.api().post("api/v1/devices", "{\"name\": \"Gate\"}").json().getJsonObject("device").getString("id");
        owner.api().post("api/v1/devices", "{\"name\": \"Door\"}");
        Api.Reply read = owner.api().get("api/v1/devices/" + id);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();

        assertThat(owner.api().patch("api/v1/devices/" + id, null, "{\"group\": \"north\"}").status()).isEqualTo(428);
        Api.Reply clash = owner.api().patch("api/v1/devices/" + id, etag, "{\"name\": \"  DOOR \"}");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");

        Api.Reply patched = owner.api().patch("api/v1/devices/" + id, etag,
                "{\"name\": \"  Gate 1 \", \"group\": \"north\", \"tags\": {\"zone\": \"a\"}, \"notes\": \"Line one\\nline two\", \"attributes\": {\"room\": \"G.01\"}}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().getString("name")).isEqualTo("Gate 1");
        assertThat(patched.json().getJsonObject("attributes").getString("room")).isEqualTo("G.01");
        assertThat(patched.header("ETag")).isNotEqualTo(etag);
        Api.Reply stale = owner.api().patch("api/v1/devices/" + id, etag, "{\"group\": \"south\"}");
        assertThat(stale.status()).isEqualTo(412);
        Api.Reply cleared = owner.api().patch("api/v1/devices/" + id, patched.header("ETag"), "{\"group\": \"\", \"tags\": {}}");
        assertThat(cleared.json().containsKey("group")).as("null fields are left out").isFalse();
        assertThat(cleared.json().getJsonObject("tags")).isEmpty();
        assertThat(owner.api().get("api/v1/audit?action=device.updated").body()).contains("Gate 1");
        JsonObject history = owner.api().get("api/v1/devices/" + id + "/history").json();
        assertThat(history.getInt("total")).isEqualTo(3);
        assertThat(history.getJsonArray("items").getJsonObject(0).getString("action")).isEqualTo("device.updated");

        List<Callable<Api.Reply>> creates = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(20);
        for (int i = 0; i < 20; i++) {
            String name = i % 2 == 0 ? "Twin" : "TWIN";
            creates.add(() -> {
                start.await(30, TimeUnit.SECONDS);
                return owner.api().post("api/v1/devices", "{\"name\": \"" + name + "\"}");
            });
        }
        List<Api.Reply> replies = runTogether(creates);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(19)
                .allSatisfy(r -> assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name"));
        assertThat(owner.api().get("api/v1/devices?q=twin").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void bulkActionsPreviewThenChangeTheDevicesTheyCover() throws Exception {
        Tenants.Owner owner = tenant("bulk");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(owner.api().post("api/v1/devices", "{\"name\": \"Bulk " + i + "\", \"type\": \"kiosk\"}")
                    .json().getJsonObject("device").getString("id"));
        }
        Api.Reply preview = owner.api().post("api/v1/devices/bulk",
                "{\"action\": \"TAG\", \"filter\": {\"type\": \"kiosk\"}, \"tagKey\": \"batch\", \"tagValue\": \"7\", \"preview\": true}");
        assertThat(preview.json().getInt("matched")).isEqualTo(4);
        assertThat(owner.api().get("api/v1/devices?tag=batch").json().getInt("total")).isZero();
        assertThat(owner.api().post("api/v1/devices/bulk",
                "{\"action\": \"TAG\", \"filter\": {\"type\": \"kiosk\"}, \"tagKey\": \"batch\", \"tagValue\": \"7\"}")
                .json().getInt("changed")).isEqualTo(4);
        assertThat(owner.api().get("api/v1/devices?tag=batch%3D7").json().getInt("total")).isEqualTo(4);
        assertThat(owner.api().post("api/v1/devices/bulk", "{\"action\": \"MOVE_GROUP\", \"ids\": [\"" + ids.get(0) + "\", \""
                + ids.get(1) + "\"], \"group\": \"lobby\"}").json().getInt("changed")).isEqualTo(2);
        assertThat(owner.api().get("api/v1/devices?group=lobby").json().getInt("total")).isEqualTo(2);
        assertThat(owner.api().post("api/v1/devices/bulk", "{\"action\": \"REVOKE\", \"filter\": {\"group\": \"lobby\"}}")
                .json().getInt("changed")).isEqualTo(2);
        assertThat(owner.api().get("api/v1/devices?status=revoked").json().getInt("total")).isEqualTo(2);
        assertThat(owner.api().post("api/v1/devices/bulk", "{\"action\": \"DELETE\", \"filter\": {}}").status())
                .as("deleting everything needs an explicit filter").isEqualTo(400);
        assertThat(owner.api().post("api/v1/devices/bulk", "{\"action\": \"DELETE\", \"filter\": {\"status\": \"REVOKED\"}}")
                .json().getInt("changed")).isEqualTo(2);
        assertThat(owner.api().get("api/v1/devices").json().getInt("total")).isEqualTo(2);
        assertThat(owner.api().get("api/v1/devices/" + ids.get(0)).status()).isEqualTo(404);
        assertThat(owner.api().get("api/v1/audit?action=device.bulk-delete").json().getInt("total")).isEqualTo(2);
        assertThat(owner.api().post("api/v1/devices/bulk", "{\"action\": \"EXPLODE\", \"ids\": []}").status()).isEqualTo(400);
    }

    @Test
    void devicesPublishSshKeysAndReadTheHostKeysAndTheirConfig() throws Exception {
        Tenants.Owner owner = tenant("ssh");
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{\"group\": \"bastion-users\"}"))
                .add("deviceKey", "ssh-1").add("info", Json.createObjectBuilder().add("hostname", "pi-ssh").add("lanIp", "192.168.7.7"))).json();
        Api device = anonymous.bearer(enrolled.getString("token"));
        String key = SshKeys.ed25519("pi@pi-ssh");
        Api.Reply published = device.send("PUT", "api/v1/device/ssh-key", "text/plain", key);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("fingerprint")).isEqualTo(SshKeys.fingerprint(key));
        assertThat(published.json().getString("algorithm")).isEqualTo("ED25519");
        Api.Reply weak = device.put("api/v1/device/ssh-key", Json.createObjectBuilder().add("publicKey", SshKeys.rsa(1024, "old")).build().toString());
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("publicKey");
        assertThat(device.send("PUT", "api/v1/device/ssh-key", "text/plain", "-----BEGIN " + "OPENSSH PRIVATE KEY-----").status()).isEqualTo(400);
        assertThat(owner.api().get("api/v1/devices/" + enrolled.getString("deviceId")).json().getJsonObject("sshKey").getString("fingerprint"))
                .isEqualTo(SshKeys.fingerprint(key));

        String authorized = owner.api().get("api/v1/devices/ssh-keys?group=bastion-users").body();
        assertThat(authorized).isEqualTo(key.substring(0, key.lastIndexOf(' ')) + " ssh-1\n");
        assertThat(owner.api().get("api/v1/devices/ssh-keys?format=known_hosts").body()).startsWith("pi-ssh,ssh-1,192.168.7.7 ssh-ed25519 ");
        assertThat(owner.api().get("api/v1/devices/ssh-keys?group=nobody").body()).isEmpty();

        assertThat(device.get("api/v1/ssh-hostkey").body()).isEmpty();
        String hostKey = SshKeys.ed25519(null);
        Api.Reply set = owner.api().send("PUT", "api/v1/ssh-hostkey", "text/plain", "# bastion\nbastion.example.com " + hostKey + "\n");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        Api.Reply hostKeys = device.get("api/v1/ssh-hostkey");
        assertThat(hostKeys.contentType()).startsWith("text/plain");
        assertThat(hostKeys.body()).isEqualTo("bastion.example.com " + hostKey + "\n");
        assertThat(device.send("PUT", "api/v1/ssh-hostkey", "text/plain", "x " + hostKey).status()).as("devices cannot set them").isEqualTo(403);
        assertThat(owner.api().send("PUT", "api/v1/ssh-hostkey", "text/plain", "bastion " + SshKeys.rsa(1024, null)).status()).isEqualTo(400);

        JsonObject config = device.get("api/v1/config").json();
        assertThat(config.getInt("apiVersion")).isEqualTo(1);
        assertThat(config.getInt("heartbeatIntervalSeconds")).isEqualTo(60);
        assertThat(config.getInt("offlineAfterSeconds")).isEqualTo(180);
        assertThat(config.getInt("staleAfterSeconds")).isEqualTo(86_400);

        Api.Reply reported = device.send("PATCH", "api/v1/device", "application/json", "{\"agentVersion\": \"0.2.0\", \"publicIp\": \"2001:db8::1\"}");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.json().getJsonObject("info").getString("hostname")).as("a report keeps what it does not carry").isEqualTo("pi-ssh");
        assertThat(reported.json().getJsonObject("info").getString("publicIp")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(device.get("api/v1/devices").status()).as("a device is no admin").isEqualTo(403);
        assertThat(owner.api().get("api/v1/device").status()).as("a user is no device").isEqualTo(403);
        assertThat(anonymous.get("api/v1/device").status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() throws Exception {
        Tenants.Owner owner = tenant("hostile");
        Api api = owner.api();
        record Case(String json, int status, String field) {
        }
        List<Case> devices = List.of(
                new Case("{\"name\": \"" + "x".repeat(101) + "\"}", 400, "name"),
                new Case("{\"name\": \"bell\\u0007\"}", 400, "name"),
                new Case("{\"name\": \"evil\\u202Egpj.exe\"}", 400, "name"),
                new Case("{\"key\": \"has spaces\"}", 400, "key"),
                new Case("{\"key\": \"<script>alert(1)</script>\"}", 400, "key"),
                new Case("{\"key\": \"" + "k".repeat(129) + "\"}", 400, "key"),
                new Case("{\"tags\": {\"bad key!\": \"v\"}}", 400, "tags"),
                new Case("{\"type\": \"" + "t".repeat(41) + "\"}", 400, "type"),
                new Case("{\"notes\": \"" + "n".repeat(2001) + "\"}", 400, "notes"),
                new Case("{\"name\": {\"first\": \"x\"}}", 400, null),
                new Case("{\"tags\": [\"a\"]}", 400, null),
                new Case("{\"tags\": \"a\"}", 400, null),
                new Case("{\"name\": ", 400, null),
                new Case("[]", 400, null));
        for (Case c : devices) {
            Api.Reply reply = api.post("api/v1/devices", c.json());
            assertThat(reply.status()).as(c.json() + " -> " + reply).isEqualTo(c.status());
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("Exception", "at dev.muster", "SQL");
            if (c.field() != null) {
                assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(c.json()).isEqualTo(c.field());
            }
        }
        assertThat(api.get("api/v1/devices").json().getInt("total")).as("no half-written device").isZero();

        for (String kept : List.of("'; drop table device; --", "<b>bold</b> & <script>x</script>", "Kamera Büro 東京 🚀", "Robert\\'); --")) {
            Api.Reply reply = api.post("api/v1/devices", Json.createObjectBuilder().add("name", kept).build().toString());
            assertThat(reply.status()).as(kept).isEqualTo(201);
            assertThat(reply.json().getJsonObject("device").getString("name")).isEqualTo(kept);
        }
        assertThat(api.post("api/v1/devices", "{\"name\": \"" + "big".repeat(30_000) + "\"}").status()).isEqualTo(413);

        List<Case> enrollments = List.of(
                new Case("{\"code\": \"" + "A".repeat(500) + "\"}", 400, "code"),
                new Case("{\"code\": \"ABC' OR 1=1 --\"}", 400, "code"),
                new Case("{\"provisioningKey\": \"mp_short\"}", 400, "provisioningKey"),
                new Case("{\"code\": \"AAAAAA\", \"provisioningKey\": \"mp_x\"}", 400, "code"),
                new Case("{\"code\": 123456}", 400, null));
        for (Case c : enrollments) {
            Api.Reply reply = client().post("api/v1/enroll", c.json());
            assertThat(reply.status()).as(c.json() + " -> " + reply).isEqualTo(c.status());
            if (c.field() != null) {
                assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(c.field());
            }
        }
        String code = newCode(owner, "{}");
        Api.Reply badInfo = enroll(client(), Json.createObjectBuilder().add("code", code)
                .add("info", Json.createObjectBuilder().add("mac", "not-a-mac").add("lanIp", "999.1.1.1").add("publicIp", "example.com")));
        assertThat(badInfo.status()).isEqualTo(400);
        assertThat(badInfo.body()).contains("info.mac", "info.lanIp", "info.publicIp");
        assertThat(enroll(client(), Json.createObjectBuilder().add("code", code)).status()).as("the refused enrollment used nothing").isEqualTo(201);

        List<Case> codes = List.of(
                new Case("{\"maxUses\": 0}", 400, "maxUses"),
                new Case("{\"expiresInHours\": 721}", 400, "expiresInHours"),
                new Case("{\"deviceKey\": \"a b\"}", 400, "deviceKey"),
                new Case("{\"maxUses\": \"lots\"}", 400, null));
        for (Case c : codes) {
            Api.Reply reply = api.post("api/v1/enrollment-codes", c.json());
            assertThat(reply.status()).as(c.json() + " -> " + reply).isEqualTo(c.status());
            if (c.field() != null) {
                assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(c.field());
            }
        }
        assertThat(api.post("api/v1/provisioning-keys", "{\"deviceLimit\": 5}").json().getJsonArray("errors").getJsonObject(0)
                .getString("field")).isEqualTo("name");
    }

    @Test
    void anotherTenantsUsersKeysAndDevicesSeeNothingOfThisTenant() throws Exception {
        Tenants.Owner a = tenant("iso-a");
        Tenants.Owner b = tenant("iso-b");
        JsonObject deviceOfA = enroll(client(), Json.createObjectBuilder().add("code", newCode(a, "{}")).add("deviceKey", "shared-key")).json();
        String idA = deviceOfA.getString("deviceId");
        String codeIdA = a.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0).getString("id");
        String keyIdA = a.api().post("api/v1/provisioning-keys", "{\"name\": \"A image\"}").json().getJsonObject("provisioningKey").getString("id");
        anonymous.bearer(deviceOfA.getString("token")).send("PUT", "api/v1/device/ssh-key", "text/plain", SshKeys.ed25519("a"));

        JsonObject deviceOfB = enroll(client(), Json.createObjectBuilder().add("code", newCode(b, "{}")).add("deviceKey", "shared-key")).json();
        assertThat(deviceOfB.getString("deviceId")).as("device keys are unique per tenant only").isNotEqualTo(idA);
        Api deviceB = anonymous.bearer(deviceOfB.getString("token"));
        String apiKeyB = b.api().post("api/v1/api-keys", "{\"name\": \"ops\", \"scope\": \"ADMIN\"}").json().getString("key");
        Api keyB = anonymous.with("X-Api-Key", apiKeyB);

        for (Api outsider : List.of(b.api(), keyB)) {
            assertThat(outsider.get("api/v1/devices/" + idA).status()).isEqualTo(404);
            assertThat(outsider.get("api/v1/devices/" + idA + "/history").status()).isEqualTo(404);
            assertThat(outsider.patch("api/v1/devices/" + idA, "\"0\"", "{\"name\": \"mine\"}").status()).isEqualTo(404);
            assertThat(outsider.post("api/v1/devices/" + idA + "/revoke", "").status()).isEqualTo(404);
            assertThat(outsider.post("api/v1/devices/" + idA + "/rotate-secret", "").status()).isEqualTo(404);
            assertThat(outsider.delete("api/v1/devices/" + idA).status()).isEqualTo(404);
            assertThat(outsider.get("api/v1/devices").json().getInt("total")).isEqualTo(1);
            assertThat(outsider.get("api/v1/enrollment-codes/" + codeIdA).status()).isEqualTo(404);
            assertThat(outsider.delete("api/v1/enrollment-codes/" + codeIdA).status()).isEqualTo(404);
            assertThat(outsider.get("api/v1/provisioning-keys/" + keyIdA).status()).isEqualTo(404);
            assertThat(outsider.delete("api/v1/provisioning-keys/" + keyIdA).status()).isEqualTo(404);
            assertThat(outsider.get("api/v1/devices/ssh-keys").body()).isEmpty();
            assertThat(outsider.post("api/v1/devices/bulk", "{\"action\": \"REVOKE\", \"ids\": [\"" + idA + "\"]}").json().getInt("matched")).isZero();
        }
        assertThat(deviceB.get("api/v1/device").json().getString("id")).isEqualTo(deviceOfB.getString("deviceId"));
        assertThat(deviceB.get("api/v1/devices/" + idA).status()).isIn(403, 404);
        assertThat(a.api().get("api/v1/devices/" + idA).json().getString("status")).isEqualTo("ACTIVE");
        assertThat(anonymous.basic(idA, deviceOfB.getString("secret")).post("api/v1/device/token", "").status()).isEqualTo(401);
    }

    // --- heartbeats and presence ----------------------------------------------------------------

    @Test
    void aHeartbeatMakesADeviceOnlineAndSilenceMakesItOfflineExactlyOnce() throws Exception {
        Tenants.Owner owner = tenant("presence");
        Tenants.quickPresence(owner);
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "beat-1")).json();
        String id = enrolled.getString("deviceId");
        Api device = anonymous.bearer(enrolled.getString("token"));
        assertThat(owner.api().get("api/v1/devices/" + id).json().getJsonObject("presence").getString("state")).isEqualTo("NEVER_SEEN");

        Api.Reply beat = device.post("api/v1/device/heartbeat", Json.createObjectBuilder()
                .add("sentAt", Instant.now().minusSeconds(20).toString()).add("intervalSeconds", 10)
                .add("batteryPercent", 81).add("rssiDbm", -60).add("hostname", "beat-host").add("lanIp", "10.9.8.7")
                .add("metrics", Json.createObjectBuilder().add("cpu", 12.5).add("temperature", 48.2)).build().toString());
        assertThat(beat.status()).as(beat.toString()).isEqualTo(200);
        assertThat(beat.json().getString("presence")).isEqualTo("ONLINE");
        assertThat(beat.json().getJsonNumber("clockSkewMs").longValue()).isBetween(19_000L, 40_000L);
        assertThat(beat.json().getBoolean("skewFlagged")).isTrue();
        assertThat(beat.json().getInt("intervalSeconds")).isEqualTo(10);
        for (int i = 0; i < 3; i++) {
            assertThat(device.post("api/v1/device/heartbeat", "{\"intervalSeconds\": 10}").status()).isEqualTo(200);
        }

        JsonObject online = awaitPresence(owner, id, "ONLINE", 10);
        assertThat(online.getJsonObject("presence").getInt("batteryPercent")).isEqualTo(81);
        assertThat(online.getJsonObject("presence").getJsonObject("metrics").getJsonNumber("cpu").doubleValue()).isEqualTo(12.5);
        assertThat(online.getJsonObject("info").getString("hostname")).isEqualTo("beat-host");
        assertThat(owner.api().get("api/v1/devices?presence=online").json().getInt("total")).isEqualTo(1);

        long silentSince = System.nanoTime();
        awaitPresence(owner, id, "OFFLINE", 25);
        double detectedAfter = (System.nanoTime() - silentSince) / 1e9;
        assertThat(detectedAfter).as("offline within the threshold (10 s) plus a sweep period (1 s) and a flush").isLessThan(14);
        Thread.sleep(3_000);
        JsonObject history = owner.api().get("api/v1/devices/" + id + "/presence").json();
        assertThat(history.getInt("total")).as("one transition each way, however many sweeps ran").isEqualTo(2);
        JsonObject timeout = history.getJsonArray("transitions").getJsonObject(0);
        assertThat(timeout.getString("reason")).isEqualTo("TIMEOUT");
        Duration detection = Duration.between(Instant.parse(timeout.getString("at")), Instant.parse(timeout.getString("recordedAt")));
        assertThat(detection).as("dated at the deadline, recorded by the next sweep (1 s)").isBetween(Duration.ZERO, Duration.ofMillis(2_500));
        assertThat(history.getJsonArray("transitions").getJsonObject(1).getString("to")).isEqualTo("ONLINE");
        assertThat(history.getJsonObject("uptime").getJsonNumber("last24Hours").doubleValue()).isBetween(0.01, 0.99);

        assertThat(device.post("api/v1/device/heartbeat", "{}").status()).isEqualTo(200);
        awaitPresence(owner, id, "ONLINE", 10);
        owner.api().post("api/v1/devices/" + id + "/revoke", "");
        assertThat(device.post("api/v1/device/heartbeat", "{}").status()).as("a revoked device is refused at once").isEqualTo(401);
        JsonObject revoked = owner.api().get("api/v1/devices/" + id + "/presence").json();
        assertThat(revoked.getJsonObject("current").getString("state")).isEqualTo("OFFLINE");
        assertThat(revoked.getJsonArray("transitions").getJsonObject(0).getString("reason")).isEqualTo("REVOKED");
        assertThat(anonymous.get("metrics?scope=application").body()).contains("muster_presence_transitions_total");
    }

    @Test
    void heartbeatsAreValidatedRateLimitedAndKeptSmall() throws Exception {
        Tenants.Owner owner = tenant("beats");
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "beat-2")).json();
        Api device = anonymous.bearer(enrolled.getString("token"));
        record Case(String json, String field) {
        }
        for (Case c : List.of(
                new Case("{\"lanIp\": \"300.1.1.1\"}", "lanIp"),
                new Case("{\"mac\": \"zz:zz\"}", "mac"),
                new Case("{\"batteryPercent\": 101}", "batteryPercent"),
                new Case("{\"rssiDbm\": 5}", "rssiDbm"),
                new Case("{\"intervalSeconds\": 1}", "intervalSeconds"),
                new Case("{\"sentAt\": \"yesterday\"}", "sentAt"),
                new Case("{\"note\": \"" + "n".repeat(201) + "\"}", "note"),
                new Case("{\"metrics\": {\"bad name\": 1}}", "metrics"),
                new Case("{\"wifiBssid\": \"<script>\"}", "wifiBssid"))) {
            Api.Reply reply = device.post("api/v1/device/heartbeat", c.json());
            assertThat(reply.status()).as(c.json() + " -> " + reply).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(c.field());
        }
        assertThat(device.post("api/v1/device/heartbeat", "{\"note\": \"" + "x".repeat(5_000) + "\"}").status()).isEqualTo(413);
        assertThat(device.post("api/v1/device/heartbeat", "{\"metrics\": {\"cpu\": \"high\"}}").status()).isEqualTo(400);
        assertThat(owner.api().post("api/v1/device/heartbeat", "{}").status()).as("users are not devices").isEqualTo(403);
        assertThat(anonymous.post("api/v1/device/heartbeat", "{}").status()).isEqualTo(401);
        // the heartbeat has a servlet of its own: it answers as the JAX-RS resources do
        for (Api.Reply refused : List.of(
                device.post("api/v1/device/heartbeat", "{\"sentAt\": "),
                device.send("PUT", "api/v1/device/heartbeat", "application/json", "{}"),
                device.send("POST", "api/v1/device/heartbeat", "text/plain", "{}"),
                device.post("api/v1/device/heartbeat", "{\"note\": \"" + "x".repeat(5_000) + "\"}"),
                anonymous.bearer("not-a-token").post("api/v1/device/heartbeat", "{}"))) {
            assertThat(refused.contentType()).as(refused.toString()).startsWith("application/problem+json");
            assertThat(refused.json().getInt("status")).isEqualTo(refused.status());
            assertThat(refused.json().getString("code")).isNotBlank();
            assertThat(refused.body()).doesNotContain("Exception", "at dev.muster");
        }
        assertThat(device.post("api/v1/device/heartbeat", "{\"sentAt\": ").status()).as("malformed JSON").isEqualTo(400);
        Api.Reply put = device.send("PUT", "api/v1/device/heartbeat", "application/json", "{}");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("POST");
        assertThat(device.send("POST", "api/v1/device/heartbeat", "text/plain", "{}").status()).isEqualTo(415);
        Api.Reply empty = device.send("POST", "api/v1/device/heartbeat", "application/json; charset=utf-8", "");
        assertThat(empty.status()).as("every field is optional, the body too").isEqualTo(200);
        assertThat(empty.contentType()).startsWith("application/json");
        assertThat(empty.json().getString("presence")).isEqualTo("ONLINE");
        assertThat(empty.header("X-Content-Type-Options")).isEqualTo("nosniff");

        int accepted = 0;
        Api.Reply last = null;
        for (int i = 0; i < 40; i++) {
            last = device.post("api/v1/device/heartbeat", "{}");
            if (last.status() == 429) {
                break;
            }
            accepted++;
        }
        assertThat(accepted).as("30 a minute in the test servers, less what the refusals above used").isBetween(10, 30);
        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    }

    @Test
    void theFleetSummaryCountsDevicesForUsersAndReadOnlyKeys() throws Exception {
        Tenants.Owner owner = tenant("fleet");
        for (String type : List.of("camera", "camera", "sensor")) {
            assertThat(owner.api().post("api/v1/devices", "{\"type\": \"" + type + "\", \"group\": \"hq\"}").status()).isEqualTo(201);
        }
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "fleet-1")).json();
        anonymous.bearer(enrolled.getString("token")).post("api/v1/device/heartbeat",
                "{\"os\": \"Debian\", \"agentVersion\": \"0.1.0\"}");
        awaitPresence(owner, enrolled.getString("deviceId"), "ONLINE", 10);

        String readOnly = owner.api().post("api/v1/api-keys", "{\"name\": \"dashboards\", \"scope\": \"READ_ONLY\"}").json().getString("key");
        Api service = anonymous.with("X-Api-Key", readOnly);
        JsonObject fleet = service.get("api/v1/fleet").json();
        assertThat(fleet.getInt("total")).isEqualTo(4);
        assertThat(fleet.getJsonObject("byPresence").getInt("ONLINE")).isEqualTo(1);
        assertThat(fleet.getJsonObject("byPresence").getInt("NEVER_SEEN")).isEqualTo(3);
        assertThat(fleet.getJsonArray("byType").getJsonObject(0).getString("value")).isEqualTo("camera");
        assertThat(fleet.getJsonArray("byType").getJsonObject(0).getInt("devices")).isEqualTo(2);
        assertThat(fleet.getJsonArray("byOs").toString()).contains("Debian");
        assertThat(fleet.getJsonArray("byAgentVersion").toString()).contains("0.1.0");
        assertThat(service.get("api/v1/devices?presence=online").json().getInt("total")).as("the fleet list, read-only").isEqualTo(1);
        assertThat(service.post("api/v1/devices", "{}").status()).as("a read-only key changes nothing").isEqualTo(403);
        assertThat(tenant("fleet-other").api().get("api/v1/fleet").json().getInt("total")).as("another tenant's fleet").isZero();
    }

    @Test
    void fleetPresenceIsSampledPerTenantAndTheFleetUptimeComesFromTheSamples() throws Exception {
        Tenants.Owner owner = tenant("history");
        String readOnly = owner.api().post("api/v1/api-keys", "{\"name\": \"charts\", \"scope\": \"READ_ONLY\"}").json().getString("key");
        Api service = anonymous.with("X-Api-Key", readOnly);
        JsonObject before = service.get("api/v1/fleet").json().getJsonObject("uptime");
        for (String window : List.of("last24Hours", "last7Days", "last30Days")) {
            assertThat(before.containsKey(window) && !before.isNull(window)).as("no uptime is made up before a device was in service: "
                    + before).isFalse();
        }
        assertThat(owner.api().post("api/v1/devices", "{\"type\": \"sensor\"}").status()).isEqualTo(201);
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "hist-1")).json();
        String id = enrolled.getString("deviceId");
        assertThat(anonymous.bearer(enrolled.getString("token")).post("api/v1/device/heartbeat", "{}").status()).isEqualTo(200);
        awaitPresence(owner, id, "ONLINE", 10);

        JsonObject history = awaitLatestSample(service, 1, 0, 1);
        assertThat(history.getString("window")).isEqualTo("24h");
        assertThat(history.getInt("resolutionSeconds")).isEqualTo(300);
        JsonObject latest = latestPoint(history);
        assertThat(latest.getInt("stale")).isZero();
        assertThat(java.time.Instant.parse(latest.getString("at"))).isAfter(java.time.Instant.parse(history.getString("from")));
        JsonObject uptime = service.get("api/v1/fleet").json().getJsonObject("uptime");
        assertThat(uptime.getJsonNumber("last24Hours").doubleValue()).as("only online since it was first seen").isEqualTo(1.0);
        assertThat(uptime.getJsonNumber("last30Days").doubleValue()).isEqualTo(1.0);

        assertThat(owner.api().post("api/v1/devices/" + id + "/presence", "{\"state\": \"OFFLINE\"}").status()).isEqualTo(200);
        awaitLatestSample(service, 0, 1, 1);
        double afterOutage = service.get("api/v1/fleet").json().getJsonObject("uptime").getJsonNumber("last24Hours").doubleValue();
        assertThat(afterOutage).as("offline device-time counts against the fleet").isStrictlyBetween(0.0, 1.0);
        assertThat(service.get("api/v1/fleet/history?window=24h").json().getJsonNumber("uptime").doubleValue()).isStrictlyBetween(0.0, 1.0);

        for (String window : List.of("7d", "30d")) {
            Api.Reply longer = service.get("api/v1/fleet/history?window=" + window);
            assertThat(longer.status()).as(longer.toString()).isEqualTo(200);
            assertThat(longer.json().getJsonArray("points")).isNotEmpty();
        }
        assertThat(service.get("api/v1/fleet/history?window=7d").json().getInt("resolutionSeconds")).isEqualTo(1800);
        Api.Reply wrong = service.get("api/v1/fleet/history?window=1y");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("window");
        assertThat(anonymous.get("api/v1/fleet/history").status()).isEqualTo(401);

        JsonObject others = tenant("history-other").api().get("api/v1/fleet/history").json();
        assertThat(others.getJsonArray("points").getValuesAs(JsonObject.class))
                .as("another tenant's samples count only its own devices: none")
                .allSatisfy(point -> assertThat(point.getInt("online") + point.getInt("offline") + point.getInt("neverSeen")).isZero());
    }

    @Test
    void anOperatorMarksADeviceOfflineOrStaleByHandAndItsNextHeartbeatBringsItBack() throws Exception {
        Tenants.Owner owner = tenant("manual");
        Tenants.Member member = new Tenants(admin, anonymous, SMTP).withMember(owner, "OPERATOR");
        Api operator = member.api();
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "manual-1")).json();
        String id = enrolled.getString("deviceId");
        Api device = anonymous.bearer(enrolled.getString("token"));
        String presence = "api/v1/devices/" + id + "/presence";
        assertThat(operator.post(presence, "{\"state\": \"OFFLINE\"}").status()).as("a device never seen cannot be taken offline")
                .isEqualTo(409);
        assertThat(device.post("api/v1/device/heartbeat", "{}").status()).isEqualTo(200);
        awaitPresence(owner, id, "ONLINE", 10);

        record Refusal(String json, int status, String field) {
        }
        for (Refusal r : List.of(new Refusal("{\"state\": \"ONLINE\"}", 400, "state"), new Refusal("{\"state\": \"NEVER_SEEN\"}", 400, "state"),
                new Refusal("{\"state\": \"gone\"}", 400, "state"), new Refusal("{}", 400, "state"),
                new Refusal("{\"state\": \"OFFLINE\", \"note\": \"" + "n".repeat(201) + "\"}", 400, "note"))) {
            Api.Reply reply = operator.post(presence, r.json());
            assertThat(reply.status()).as(r.json() + " -> " + reply).isEqualTo(r.status());
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(r.field());
        }
        String readOnly = owner.api().post("api/v1/api-keys", "{\"name\": \"ro\", \"scope\": \"READ_ONLY\"}").json().getString("key");
        assertThat(anonymous.with("X-Api-Key", readOnly).post(presence, "{\"state\": \"OFFLINE\"}").status()).isEqualTo(403);
        Api outsider = tenant("manual-other").api();
        assertThat(outsider.post(presence, "{\"state\": \"OFFLINE\"}").status()).as("another tenant's device").isEqualTo(404);

        long staleEvents = transitionsPublished("stale");
        Api.Reply offline = operator.post(presence, "{\"state\": \"offline\", \"note\": \"unplugged for the move to building B\"}");
        assertThat(offline.status()).as(offline.toString()).isEqualTo(200);
        assertThat(offline.json().getString("state")).isEqualTo("OFFLINE");
        Api.Reply again = operator.post(presence, "{\"state\": \"OFFLINE\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("state");
        assertThat(owner.api().post(presence, "{\"state\": \"STALE\", \"note\": \"decommissioned\"}").status()).isEqualTo(200);
        assertThat(operator.post(presence, "{\"state\": \"OFFLINE\"}").status()).as("no step back from STALE").isEqualTo(409);
        assertThat(transitionsPublished("stale") - staleEvents).as("one STALE event for one mark, however often it was tried")
                .isEqualTo(1);

        JsonObject marked = owner.api().get(presence).json();
        assertThat(marked.getJsonObject("current").getString("state")).isEqualTo("STALE");
        assertThat(marked.getInt("total")).as("NEVER_SEEN → ONLINE → OFFLINE → STALE").isEqualTo(3);
        JsonObject toStale = marked.getJsonArray("transitions").getJsonObject(0);
        JsonObject toOffline = marked.getJsonArray("transitions").getJsonObject(1);
        assertThat(List.of(toStale.getString("reason"), toOffline.getString("reason"))).containsOnly("MANUAL");
        assertThat(toOffline.getString("from")).isEqualTo("ONLINE");
        String audit = owner.api().get("api/v1/audit?action=device.presence-marked").body();
        assertThat(audit).contains("unplugged for the move to building B", "decommissioned", member.email());
        assertThat(outsider.get("api/v1/audit?action=device.presence-marked").json().getInt("total")).isZero();

        assertThat(device.post("api/v1/device/heartbeat", "{}").status()).isEqualTo(200);
        awaitPresence(owner, id, "ONLINE", 10);
        JsonObject back = owner.api().get(presence).json().getJsonArray("transitions").getJsonObject(0);
        assertThat(back.getString("from") + " " + back.getString("reason")).isEqualTo("STALE HEARTBEAT");
    }

    /** How many presence transitions to {@code state} this server published, from the counter incremented with each event. */
    private long transitionsPublished(String state) {
        java.util.regex.Matcher counter = java.util.regex.Pattern
                .compile("(?m)^muster_presence_transitions_total\\{[^}]*to=\"" + state + "\"[^}]*\\} ([0-9.Ee+]+)$")
                .matcher(anonymous.get("metrics?scope=application").body());
        return counter.find() ? (long) Double.parseDouble(counter.group(1)) : 0;
    }

    /** The fleet history once its newest point shows these counts (the servers sample every 2 s). */
    private JsonObject awaitLatestSample(Api api, int online, int offline, int neverSeen) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        JsonObject history;
        do {
            history = api.get("api/v1/fleet/history").json();
            JsonObject latest = latestPoint(history);
            if (latest != null && latest.getInt("online") == online && latest.getInt("offline") == offline
                    && latest.getInt("neverSeen") == neverSeen) {
                return history;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no sample with " + online + " online, " + offline + " offline, " + neverSeen + " never seen: " + history);
    }

    private static JsonObject latestPoint(JsonObject history) {
        var points = history.getJsonArray("points");
        return points.isEmpty() ? null : points.getJsonObject(points.size() - 1);
    }

    @Test
    void theRealAgentEnrollsHeartbeatsAndGoesOfflineWhenStopped(@TempDir Path home) throws Exception {
        Tenants.Owner owner = tenant("agent");
        Tenants.quickPresence(owner);
        String code = newCode(owner, "{}");
        Path state = home.resolve("state.json");
        Process enroll = agent(home, "enroll", "--server", serverUrl.toString(), "--code", code, "--device-key", "agent-e2e",
                "--state", state.toString());
        assertThat(enroll.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(enroll.exitValue()).as(output(home)).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        try (var reader = Json.createReader(Files.newBufferedReader(state))) {
            assertThat(output(home)).as("the agent never prints its secret").doesNotContain(reader.readObject().getString("secret"));
        }
        String id = owner.api().get("api/v1/devices?q=agent-e2e").json().getJsonArray("items").getJsonObject(0).getString("id");

        Process run = agent(home, "run", "--state", state.toString(), "--interval", "10");
        try {
            JsonObject online = awaitPresence(owner, id, "ONLINE", 30);
            assertThat(online.getJsonObject("info").getString("hostname")).isNotBlank();
            assertThat(online.getJsonObject("info").getString("agentVersion")).isNotBlank();
        } finally {
            run.destroy();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        awaitPresence(owner, id, "OFFLINE", 30);
    }

    private static Process agent(Path home, String... arguments) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("muster.agent.jar", "modules/agent/target/muster-agent.jar")));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("agent.log").toFile())).start();
    }

    private static String output(Path home) throws java.io.IOException {
        Path log = home.resolve("agent.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    protected JsonObject awaitPresence(Tenants.Owner owner, String deviceId, String state, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonObject device;
        do {
            device = owner.api().get("api/v1/devices/" + deviceId).json();
            if (state.equals(device.getJsonObject("presence").getString("state"))) {
                return device;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("device " + deviceId + " did not become " + state + " within " + seconds + " s: " + device);
    }

    // --- helpers -----------------------------------------------------------------------------------

    protected Tenants.Owner tenant(String prefix) throws Exception {
        return new Tenants(admin, anonymous, SMTP).withOwner(prefix);
    }

    /** A client with an address of its own (through the trusted loopback proxy). */
    protected Api client() {
        return anonymous.fromRandomAddress();
    }

    protected static Api.Reply enroll(Api client, JsonObjectBuilder body) {
        return client.post("api/v1/enroll", body.build().toString());
    }

    protected static String newCode(Tenants.Owner owner, String json) {
        Api.Reply created = owner.api().post("api/v1/enrollment-codes", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("code");
    }

    protected static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
