package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the foundation promises, checked black-box against the real WAR on Payara Micro. Run once
 * per database: {@link H2FoundationIT} and {@code postgres.PostgresFoundationIT}. Mails travel the
 * real path (JMS queue, message-driven bean, Jakarta Mail) to a GreenMail SMTP server on loopback.
 */
public abstract class FoundationContract {

    private static final String PASSWORD = Tenants.PASSWORD;

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
    void readinessChecksTheDatabaseAndTheBroker() {
        Api.Reply ready = anonymous.get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "\"broker\"").doesNotContain("DOWN");
        assertThat(anonymous.get("health/live").status()).isEqualTo(200);
    }

    @Test
    void metricsAndOpenApiAreServed() {
        Api.Reply metrics = anonymous.get("metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
        Api.Reply openApi = anonymous.get("openapi");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/tenants", "/api/v1/auth/login", "/api/v1/api-keys");
        Api.Reply browsable = anonymous.get("api-docs/");
        assertThat(browsable.status()).isEqualTo(200);
        assertThat(browsable.body()).contains("swagger-ui-bundle.js");
        assertThat(anonymous.get("webjars/swagger-ui/" + System.getProperty("swagger-ui.version", "5.30.2")
                + "/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerIdentically() {
        Api.Reply wrongPassword = login(MusterDeployment.ADMIN_EMAIL, "not-the-password-at-all");
        Api.Reply unknownUser = login("nobody-" + UUID.randomUUID() + "@example.com", "not-the-password-at-all");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.json().getString("code")).isEqualTo("INVALID_CREDENTIALS");
        assertThat(anonymous.get("metrics?scope=application").body()).contains("muster_signin_failures");
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottledWithRetryAfter() {
        String account = "target-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            assertThat(login(account, "guess-number-" + i).status()).isEqualTo(401);
        }
        Api.Reply throttled = login(account, "guess-number-4");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().getString("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
    }

    @Test
    void aNewTenantsOwnerIsInvitedByMailAndCanSignIn() throws Exception {
        String slug = slug("acme");
        String owner = slug + "-owner@example.com";
        Api.Reply created = admin.post("api/v1/tenants", tenantJson(slug, owner));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/tenants/" + created.json().getString("id"));

        MimeMessage mail = awaitMailTo(owner);
        assertThat(mail.getSubject()).isEqualTo("You are invited to Tenant " + slug + " on Muster");
        String body = Mailbox.body(mail);
        assertThat(body).contains("as OWNER", "valid for 72 hours");

        Api.Reply accepted = anonymous.post("api/v1/invitations/accept", Json.createObjectBuilder()
                .add("token", Mailbox.invitationToken(mail)).add("displayName", "Owner of " + slug).add("password", PASSWORD).build().toString());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        Api.Reply reused = anonymous.post("api/v1/invitations/accept", Json.createObjectBuilder()
                .add("token", Mailbox.invitationToken(mail)).add("displayName", "Again").add("password", PASSWORD).build().toString());
        assertThat(reused.status()).isEqualTo(401);

        Api ownerApi = anonymous.signIn(owner, PASSWORD, slug);
        JsonObject me = ownerApi.get("api/v1/auth/me").json();
        assertThat(me.getJsonArray("memberships").getJsonObject(0).getString("role")).isEqualTo("OWNER");
        assertThat(ownerApi.get("api/v1/audit?action=invitation.accepted").body()).contains(owner);
        assertThat(ownerApi.get("api/v1/audit?action=tenant.created").body()).contains(slug);
    }

    @Test
    void mailsQueuedWhileTheSmtpServerIsDownArriveWhenItIsBack() throws Exception {
        Tenants.Owner owner = tenantWithOwner("smtp");
        SMTP.stop();
        List<String> invitees = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String invitee = owner.slug() + "-late" + i + "@example.com";
                invitees.add(invitee);
                Api.Reply invited = owner.api().post("api/v1/invitations", "{\"email\":\"" + invitee + "\",\"role\":\"VIEWER\"}");
                assertThat(invited.status()).as("the request does not wait for SMTP").isEqualTo(201);
            }
            Thread.sleep(3_000);
        } finally {
            SMTP.start();
        }
        for (String invitee : invitees) {
            assertThat(Mailbox.awaitMailTo(SMTP, invitee, Duration.ofSeconds(90)).getSubject()).startsWith("You are invited to");
        }
    }

    @Test
    void invalidInputIsAProblemNamingTheFieldAndCreatesNothing() {
        String slug = slug("bad");
        Api.Reply refused = admin.post("api/v1/tenants", Json.createObjectBuilder()
                .add("slug", slug).add("name", "Bad").add("contactEmail", "not-an-email").build().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("contactEmail");
        assertThat(refused.body()).doesNotContain("Exception", "at dev.muster");
        assertThat(admin.get("api/v1/tenants?q=" + slug).json().getInt("total")).isZero();

        Api.Reply duplicate = admin.post("api/v1/tenants", tenantJson(slug, null));
        assertThat(duplicate.status()).isEqualTo(201);
        Api.Reply again = admin.post("api/v1/tenants", tenantJson(slug, null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("slug");
    }

    @Test
    void malformedOversizedAndWrongMediaTypeBodiesAreRefusedClearly() {
        assertThat(admin.post("api/v1/tenants", "{\"slug\": ").json().getString("code")).isEqualTo("MALFORMED_REQUEST");
        char[] big = new char[70_000];
        Arrays.fill(big, 'x');
        Api.Reply tooLarge = admin.post("api/v1/tenants", "{\"name\":\"" + new String(big) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
        Api.Reply wrongType = admin.send("POST", "api/v1/tenants", "text/plain", "slug=x");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anInvalidTokenIsAProblemNotAnHtmlPage() {
        Api.Reply refused = anonymous.bearer("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("api/v1/auth/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("api/v1/tenants").status()).isEqualTo(401);
    }

    @Test
    void anotherTenantsResourcesAnswer404() throws Exception {
        Tenants.Owner a = tenantWithOwner("iso-a");
        Tenants.Owner b = tenantWithOwner("iso-b");
        String keyId = a.api().post("api/v1/api-keys", "{\"name\":\"a-key\",\"scope\":\"ADMIN\"}").json()
                .getJsonObject("apiKey").getString("id");

        assertThat(b.api().delete("api/v1/api-keys/" + keyId).status()).isEqualTo(404);
        assertThat(b.api().get("api/v1/tenants/" + a.tenantId()).status()).isEqualTo(404);
        assertThat(b.api().get("api/v1/api-keys").body()).doesNotContain(keyId);
        assertThat(b.api().get("api/v1/audit").body()).doesNotContain(a.slug());
        assertThat(a.api().get("api/v1/api-keys").body()).contains(keyId);
    }

    @Test
    void anApiKeyIsShownOnceActsWithItsScopeAndStopsWhenRevoked() throws Exception {
        Tenants.Owner owner = tenantWithOwner("keys");
        JsonObject created = owner.api().post("api/v1/api-keys", "{\"name\":\"sync\",\"scope\":\"READ_ONLY\"}").json();
        String key = created.getString("key");
        String id = created.getJsonObject("apiKey").getString("id");
        assertThat(key).startsWith("mk_");
        assertThat(owner.api().get("api/v1/api-keys").body()).doesNotContain(key.substring(15));

        Api machine = anonymous.with("X-Api-Key", key);
        assertThat(machine.get("api/v1/members").status()).isEqualTo(200);
        Api.Reply forbidden = machine.post("api/v1/invitations", "{\"email\":\"x@example.com\",\"role\":\"VIEWER\"}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(owner.api().get("api/v1/api-keys").json().getJsonArray("items").getJsonObject(0)
                .isNull("lastUsedAt")).isFalse();

        assertThat(owner.api().delete("api/v1/api-keys/" + id).status()).isEqualTo(204);
        assertThat(machine.get("api/v1/members").status()).isEqualTo(401);
        assertThat(anonymous.with("X-Api-Key", key.substring(0, key.length() - 1) + "A").get("api/v1/members").status())
                .isEqualTo(401);
    }

    @Test
    void aSuspendedTenantIsRefusedAtOnceAndNothingIsLost() throws Exception {
        Tenants.Owner owner = tenantWithOwner("susp");
        assertThat(owner.api().get("api/v1/members").status()).isEqualTo(200);
        assertThat(admin.post("api/v1/tenants/" + owner.tenantId() + "/suspend", "").status()).isEqualTo(200);

        Api.Reply refused = owner.api().get("api/v1/members");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("code")).isEqualTo("TENANT_SUSPENDED");

        assertThat(admin.post("api/v1/tenants/" + owner.tenantId() + "/activate", "").status()).isEqualTo(200);
        assertThat(owner.api().get("api/v1/members").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void rolesLimitWhatMembersMayDo() throws Exception {
        Tenants.Owner owner = tenantWithOwner("roles");
        Api viewerApi = new Tenants(admin, anonymous, SMTP).withMember(owner, "VIEWER").api();

        assertThat(viewerApi.get("api/v1/members").json().getInt("total")).isEqualTo(2);
        assertThat(viewerApi.post("api/v1/invitations", "{\"email\":\"y@example.com\",\"role\":\"VIEWER\"}").status())
                .isEqualTo(403);
        assertThat(viewerApi.get("api/v1/tenants").status()).isEqualTo(403);
        assertThat(viewerApi.get("api/v1/audit").status()).isEqualTo(403);

        String viewerId = viewerApi.get("api/v1/auth/me").json().getString("id");
        assertThat(owner.api().delete("api/v1/members/" + viewerId).status()).isEqualTo(204);
        assertThat(viewerApi.get("api/v1/members").status()).isEqualTo(403);
    }

    @Test
    void theLastOwnerCannotLeaveAndPasswordsCanBeChanged() throws Exception {
        Tenants.Owner owner = tenantWithOwner("pw");
        String ownerId = owner.api().get("api/v1/auth/me").json().getString("id");
        Api.Reply lastOwner = owner.api().put("api/v1/members/" + ownerId + "/role", "{\"role\":\"ADMIN\"}");
        assertThat(lastOwner.status()).isEqualTo(409);

        Api.Reply weak = owner.api().post("api/v1/auth/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("newPassword");
        assertThat(owner.api().post("api/v1/auth/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another-long-password\"}").status()).isEqualTo(204);
        Api.Reply oldToken = owner.api().get("api/v1/members");
        assertThat(oldToken.status()).as("tokens from before the change stop working").isEqualTo(401);
        assertThat(login(owner.email(), PASSWORD).status()).isEqualTo(401);
        assertThat(login(owner.email(), "another-long-password").status()).isEqualTo(200);
    }

    @Test
    void tenantUpdatesNeedTheCurrentETag() {
        Api.Reply created = admin.post("api/v1/tenants", tenantJson(slug("etag"), null));
        String path = "api/v1/tenants/" + created.json().getString("id");
        String update = "{\"name\":\"Renamed\",\"contactEmail\":\"ops@renamed.example\",\"settings\":"
                + "{\"heartbeatIntervalSeconds\":30,\"offlineAfterMissedHeartbeats\":4,\"staleAfterHours\":12,\"retentionDays\":30}}";

        assertThat(admin.put(path, update).status()).isEqualTo(428);
        String etag = admin.get(path).header("ETag");
        Api.Reply updated = admin.with("If-Match", etag).put(path, update);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getJsonObject("settings").getInt("heartbeatIntervalSeconds")).isEqualTo(30);
        assertThat(admin.with("If-Match", etag).put(path, update).status()).as("stale ETag").isEqualTo(412);
        assertThat(admin.get(path).json().getString("name")).isEqualTo("Renamed");
    }

    @Test
    void theConsoleSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = anonymous.get("sign-in.xhtml").header("Set-Cookie");
        assertThat(cookie).contains("MUSTER_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        Api.Reply reply = anonymous.get("api/v1/tenants");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void theAuditLogCannotBeChangedThroughTheApi() {
        assertThat(admin.delete("api/v1/audit").status()).isEqualTo(405);
        assertThat(admin.put("api/v1/audit", "{}").status()).isEqualTo(405);
        assertThat(admin.get("api/v1/audit?action=tenant.created").json().getInt("total")).isPositive();
    }

    // --- helpers -------------------------------------------------------------------------------

    protected Tenants.Owner tenantWithOwner(String prefix) throws Exception {
        return new Tenants(admin, anonymous, SMTP).withOwner(prefix);
    }

    protected Api.Reply login(String email, String password) {
        return anonymous.post("api/v1/auth/login",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    protected static MimeMessage awaitMailTo(String recipient) throws Exception {
        return Mailbox.awaitMailTo(SMTP, recipient, Duration.ofSeconds(30));
    }

    protected static String slug(String prefix) {
        return Tenants.slug(prefix);
    }

    private static String tenantJson(String slug, String ownerEmail) {
        return Tenants.json(slug, ownerEmail);
    }
}
