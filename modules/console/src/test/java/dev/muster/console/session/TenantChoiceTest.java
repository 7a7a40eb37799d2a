package dev.muster.console.session;

import dev.muster.platform.security.Role;
import dev.muster.tenants.api.Profile;
import dev.muster.tenants.api.TenantSettings;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.tenants.api.TenantView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TenantChoiceTest {

    private static final UUID ACME = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();

    private static Profile.Membership membership(UUID tenant, String name, TenantStatus status) {
        return new Profile.Membership(tenant, name.toLowerCase(), name, Role.ADMIN, status);
    }

    private static TenantView tenant(UUID id, String name, TenantStatus status) {
        return new TenantView(id, name.toLowerCase(), name, "ops@example.com", status, TenantSettings.DEFAULTS, Instant.EPOCH, 0);
    }

    @Test
    void membersChooseAmongTheirTenantsAndCannotPickASuspendedOne() {
        Profile bob = new Profile(UUID.randomUUID(), "bob@example.com", "Bob", false,
                List.of(membership(ACME, "Acme", TenantStatus.SUSPENDED), membership(GLOBEX, "Globex", TenantStatus.ACTIVE)));

        assertThat(TenantChoice.of(bob, List.of(), "none")).containsExactly(
                new TenantChoice(ACME.toString(), "Acme", true, true),
                new TenantChoice(GLOBEX.toString(), "Globex", false, false));
    }

    @Test
    void platformAdministratorsMayActOutsideAnyTenantOrInAnyTenant() {
        Profile admin = new Profile(UUID.randomUUID(), "admin@muster.local", "Admin", true, List.of());

        assertThat(TenantChoice.of(admin, List.of(tenant(ACME, "Acme", TenantStatus.SUSPENDED)), "none")).containsExactly(
                new TenantChoice("", "none", false, false),
                new TenantChoice(ACME.toString(), "Acme", true, false));
    }

    @Test
    void signInStartsInTheFirstActiveTenant() {
        Profile bob = new Profile(UUID.randomUUID(), "bob@example.com", "Bob", false,
                List.of(membership(ACME, "Acme", TenantStatus.SUSPENDED), membership(GLOBEX, "Globex", TenantStatus.ACTIVE)));

        assertThat(TenantChoice.initialTenant(bob)).isEqualTo(GLOBEX);
    }

    @Test
    void signInStartsOutsideAnyTenantWhenNoneIsActive() {
        Profile eve = new Profile(UUID.randomUUID(), "eve@example.com", "Eve", false,
                List.of(membership(ACME, "Acme", TenantStatus.SUSPENDED)));

        assertThat(TenantChoice.initialTenant(eve)).isNull();
    }
}
