package dev.muster.app.it.postgres;

import dev.muster.app.it.Api;
import dev.muster.app.it.DevicesContract;
import dev.muster.app.it.MusterDeployment;
import dev.muster.app.it.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrollment and the registry on PostgreSQL and the external broker: the same contract, including
 * the concurrency of code burning and name uniqueness, plus what only a shared database lets a test
 * arrange (a code whose expiry has passed).
 */
@ExtendWith({PostgresSchema.class, ExternalBroker.class, ArquillianExtension.class})
class PostgresDevicesIT extends DevicesContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }

    @Test
    void anExpiredCodeIsRefusedWith410() throws Exception {
        Tenants.Owner owner = tenant("expired");
        String code = newCode(owner, "{\"expiresInHours\": 1}");
        String id = owner.api().get("api/v1/enrollment-codes").json().getJsonArray("items").getJsonObject(0).getString("id");
        try (Connection db = PostgresSchema.connect();
             PreparedStatement expire = db.prepareStatement("update enrollment_code set expires_at = now() - interval '1 minute' where id = ?")) {
            expire.setObject(1, UUID.fromString(id));
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        Api.Reply expired = enroll(client(), Json.createObjectBuilder().add("code", code));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().getString("code")).isEqualTo("EXPIRED");
        assertThat(owner.api().get("api/v1/enrollment-codes?status=expired").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void aManualMarkIsPublishedOnceOnThePresenceTopicThatOtherNodesSubscribeTo() throws Exception {
        Tenants.Owner owner = tenant("events");
        JsonObject enrolled = enroll(client(), Json.createObjectBuilder().add("code", newCode(owner, "{}")).add("deviceKey", "events-1")).json();
        String id = enrolled.getString("deviceId");
        assertThat(anonymous.bearer(enrolled.getString("token")).post("api/v1/device/heartbeat", "{}").status()).isEqualTo(200);
        awaitPresence(owner, id, "ONLINE", 10);
        String presence = "api/v1/devices/" + id + "/presence";
        try (ExternalBroker.TopicListener events = ExternalBroker.listen("muster.presence", "deviceId = '" + id + "'")) {
            assertThat(owner.api().post(presence, "{\"state\": \"OFFLINE\"}").status()).isEqualTo(200);
            assertThat(owner.api().post(presence, "{\"state\": \"OFFLINE\"}").status()).isEqualTo(409);
            assertThat(owner.api().post(presence, "{\"state\": \"STALE\"}").status()).isEqualTo(200);
            List<JsonObject> published = events.within(Duration.ofSeconds(3)).stream()
                    .map(text -> Json.createReader(new StringReader(text)).readObject()).toList();
            assertThat(published).extracting(event -> event.getString("from") + " → " + event.getString("to") + " " + event.getString("reason"))
                    .containsExactly("ONLINE → OFFLINE MANUAL", "OFFLINE → STALE MANUAL");
            assertThat(published).allSatisfy(event -> assertThat(event.getString("tenantId")).isEqualTo(owner.tenantId()));
        }
    }
}
