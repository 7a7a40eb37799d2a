package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates tenants with a signed-in owner the way a real one comes to be: invited by mail, accepting, signing in. */
public final class Tenants {

    public static final String PASSWORD = "a-long-enough-password";

    private final Api admin;
    private final Api anonymous;
    private final GreenMailExtension smtp;

    public Tenants(Api admin, Api anonymous, GreenMailExtension smtp) {
        this.admin = admin;
        this.anonymous = anonymous;
        this.smtp = smtp;
    }

    public record Owner(String slug, String tenantId, String email, Api api) {
    }

    public Owner withOwner(String prefix) throws Exception {
        String slug = slug(prefix);
        String email = slug + "-owner@example.com";
        Api.Reply created = admin.post("api/v1/tenants", json(slug, email));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        accept(Mailbox.awaitMailTo(smtp, email, Duration.ofSeconds(30)), "Owner");
        return new Owner(slug, created.json().getString("id"), email, anonymous.signIn(email, PASSWORD, slug));
    }

    /** A member of the owner's tenant with {@code role}, invited by the owner, accepted and signed in. */
    public Member withMember(Owner owner, String role) throws Exception {
        String email = owner.slug() + "-" + role.toLowerCase(Locale.ROOT) + "@example.com";
        Api.Reply invited = owner.api().post("api/v1/invitations", Json.createObjectBuilder().add("email", email).add("role", role)
                .build().toString());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        accept(Mailbox.awaitMailTo(smtp, email, Duration.ofSeconds(30)), role.charAt(0) + role.substring(1).toLowerCase(Locale.ROOT));
        return new Member(email, anonymous.signIn(email, PASSWORD, owner.slug()));
    }

    public record Member(String email, Api api) {
    }

    public void accept(MimeMessage invitation, String displayName) {
        Api.Reply accepted = anonymous.post("api/v1/invitations/accept", Json.createObjectBuilder()
                .add("token", Mailbox.invitationToken(invitation)).add("displayName", displayName)
                .add("password", PASSWORD).build().toString());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    /** Heartbeats every 10 s, offline after one missed: presence tests stay short. */
    public static void quickPresence(Owner owner) {
        Api.Reply tenant = owner.api().get("api/v1/tenants/" + owner.tenantId());
        Api.Reply quick = owner.api().with("If-Match", tenant.header("ETag")).send("PUT", "api/v1/tenants/" + owner.tenantId(),
                "application/json", Json.createObjectBuilder().add("name", "Presence").add("contactEmail", "ops@presence.example")
                        .add("settings", Json.createObjectBuilder().add("heartbeatIntervalSeconds", 10).add("offlineAfterMissedHeartbeats", 1)
                                .add("staleAfterHours", 24).add("retentionDays", 90).add("clockSkewThresholdSeconds", 5)).build().toString());
        assertThat(quick.status()).as(quick.toString()).isEqualTo(200);
    }

    public static String slug(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    public static String json(String slug, String ownerEmail) {
        var json = Json.createObjectBuilder().add("slug", slug).add("name", "Tenant " + slug)
                .add("contactEmail", "ops@" + slug + ".example");
        if (ownerEmail != null) {
            json.add("ownerEmail", ownerEmail);
        }
        return json.build().toString();
    }
}
