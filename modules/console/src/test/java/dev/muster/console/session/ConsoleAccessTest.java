package dev.muster.console.session;

import dev.muster.platform.security.Caller;
import dev.muster.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleAccessTest {

    private static final UUID TENANT = UUID.randomUUID();

    private static Caller member(Role role) {
        return new Caller(Caller.Kind.USER, UUID.randomUUID(), "bob@example.com", TENANT, role, false);
    }

    private static Caller platformAdmin(UUID tenant) {
        return new Caller(Caller.Kind.USER, UUID.randomUUID(), "admin@muster.local", tenant,
                tenant == null ? null : Role.OWNER, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in.xhtml", "/invitation.xhtml", "/error.xhtml", "/not-found.xhtml", "/expired.xhtml",
            "/jakarta.faces.resource/theme.css.xhtml", "/api/tenants", "/api", "/health", "/health/ready", "/metrics",
            "/openapi", "/error-page"})
    void publicPathsNeedNoSignIn(String path) {
        assertThat(ConsoleAccess.isPublic(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/api-keys/list.xhtml", "/apix", "/healthy.xhtml", "/admin/tenants/list.xhtml",
            "/sign-in.xhtml.bak", "/members/list.xhtml"})
    void everythingElseIsGuarded(String path) {
        assertThat(ConsoleAccess.isPublic(path)).isFalse();
    }

    @Test
    void tenantAdministrationIsForPlatformAdministratorsOnly() {
        assertThat(ConsoleAccess.allows("/admin/tenants/list.xhtml", member(Role.OWNER))).isFalse();
        assertThat(ConsoleAccess.allows("/admin/tenants/list.xhtml", platformAdmin(null))).isTrue();
        assertThat(ConsoleAccess.allows("/admin/tenants/list.xhtml", platformAdmin(TENANT))).isTrue();
    }

    @Test
    void anyMemberSeesMembersButOnlyAdminsSeeApiKeys() {
        assertThat(ConsoleAccess.allows("/members/list.xhtml", member(Role.VIEWER))).isTrue();
        assertThat(ConsoleAccess.allows("/api-keys/list.xhtml", member(Role.OPERATOR))).isFalse();
        assertThat(ConsoleAccess.allows("/api-keys/list.xhtml", member(Role.ADMIN))).isTrue();
    }

    @Test
    void anyMemberSeesDevicesButOnlyAdminsSeeEnrollmentGrants() {
        assertThat(ConsoleAccess.allows("/devices/index.xhtml", member(Role.VIEWER))).isTrue();
        assertThat(ConsoleAccess.allows("/devices/device.xhtml", member(Role.VIEWER))).isTrue();
        assertThat(ConsoleAccess.allows("/enrollment-codes/index.xhtml", member(Role.OPERATOR))).isFalse();
        assertThat(ConsoleAccess.allows("/provisioning-keys/index.xhtml", member(Role.OPERATOR))).isFalse();
        assertThat(ConsoleAccess.allows("/enrollment-codes/index.xhtml", member(Role.ADMIN))).isTrue();
        assertThat(ConsoleAccess.allows("/provisioning-keys/index.xhtml", member(Role.OWNER))).isTrue();
    }

    @Test
    void onlyAdminsSeeNotificationChannelsAndDeliveriesAsInTheApi() {
        assertThat(ConsoleAccess.allows("/notifications/channels.xhtml", member(Role.OPERATOR))).isFalse();
        assertThat(ConsoleAccess.allows("/notifications/deliveries.xhtml", member(Role.VIEWER))).isFalse();
        assertThat(ConsoleAccess.allows("/notifications/channels.xhtml", member(Role.ADMIN))).isTrue();
        assertThat(ConsoleAccess.allows("/notifications/deliveries.xhtml", member(Role.OWNER))).isTrue();
        assertThat(ConsoleAccess.allows("/notifications/deliveries.xhtml", platformAdmin(null))).isFalse();
    }

    @Test
    void tenantPagesNeedATenant() {
        assertThat(ConsoleAccess.allows("/members/list.xhtml", platformAdmin(null))).isFalse();
        assertThat(ConsoleAccess.allows("/api-keys/list.xhtml", platformAdmin(null))).isFalse();
        assertThat(ConsoleAccess.allows("/devices/index.xhtml", platformAdmin(null))).isFalse();
        assertThat(ConsoleAccess.allows("/enrollment-codes/index.xhtml", platformAdmin(null))).isFalse();
        assertThat(ConsoleAccess.allows("/provisioning-keys/index.xhtml", platformAdmin(null))).isFalse();
        assertThat(ConsoleAccess.allows("/index.xhtml", platformAdmin(null))).isTrue();
    }

    @Test
    void theAcknowledgeLinksPageOpensForAnySignedInUserWhoseMembershipItChecksItself() {
        Caller userOutsideAnyTenant = new Caller(Caller.Kind.USER, UUID.randomUUID(), "eve@example.com", null, null, false);
        assertThat(ConsoleAccess.isPublic("/alerts/acknowledge.xhtml")).isFalse();
        assertThat(ConsoleAccess.allows("/alerts/acknowledge.xhtml", member(Role.VIEWER))).isTrue();
        assertThat(ConsoleAccess.allows("/alerts/acknowledge.xhtml", platformAdmin(null))).isTrue();
        assertThat(ConsoleAccess.allows("/alerts/acknowledge.xhtml", userOutsideAnyTenant)).isTrue();
        assertThat(ConsoleAccess.allows("/alerts/acknowledge.xhtml", Caller.ANONYMOUS)).isFalse();
        assertThat(ConsoleAccess.allows("/alerts/index.xhtml", userOutsideAnyTenant)).isFalse();
    }

    @Test
    void auditLogFollowsTheRestRule() {
        assertThat(ConsoleAccess.allows("/audit/list.xhtml", member(Role.OPERATOR))).isFalse();
        assertThat(ConsoleAccess.allows("/audit/list.xhtml", member(Role.ADMIN))).isTrue();
        assertThat(ConsoleAccess.allows("/audit/list.xhtml", platformAdmin(null))).isTrue();
        Caller userOutsideAnyTenant = new Caller(Caller.Kind.USER, UUID.randomUUID(), "eve@example.com", null, null, false);
        assertThat(ConsoleAccess.allows("/audit/list.xhtml", userOutsideAnyTenant)).isFalse();
        assertThat(ConsoleAccess.allows("/profile.xhtml", userOutsideAnyTenant)).isTrue();
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        assertThat(ConsoleAccess.allows("/index.xhtml", Caller.ANONYMOUS)).isFalse();
        assertThat(ConsoleAccess.allows("/index.xhtml", null)).isFalse();
    }
}
