package dev.muster.console.session;

import dev.muster.tenants.api.Profile;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.tenants.api.TenantView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the tenant switcher. {@code value} is the tenant id as text, empty for "no
 * organisation" (platform administrators only). Suspended tenants are listed but disabled for
 * members, since signing in to them would be refused.
 */
public record TenantChoice(String value, String label, boolean suspended, boolean disabled) {

    /**
     * The tenants a user may switch to: their memberships, or for a platform administrator every
     * tenant (from {@code allTenants}) plus acting outside any tenant.
     *
     * @param noTenantLabel the label of the "outside any tenant" entry
     */
    public static List<TenantChoice> of(Profile profile, List<TenantView> allTenants, String noTenantLabel) {
        List<TenantChoice> choices = new ArrayList<>();
        if (profile.platformAdmin()) {
            choices.add(new TenantChoice("", noTenantLabel, false, false));
            for (TenantView tenant : allTenants) {
                boolean suspended = tenant.status() == TenantStatus.SUSPENDED;
                choices.add(new TenantChoice(tenant.id().toString(), tenant.name(), suspended, false));
            }
            return choices;
        }
        for (Profile.Membership membership : profile.memberships()) {
            boolean suspended = membership.tenantStatus() == TenantStatus.SUSPENDED;
            choices.add(new TenantChoice(membership.tenantId().toString(), membership.tenantName(), suspended, suspended));
        }
        return choices;
    }

    /**
     * The tenant to start in after sign-in: the first membership whose tenant is active, or none.
     * A suspended first tenant would otherwise lock the user out of their other tenants.
     */
    public static UUID initialTenant(Profile profile) {
        return profile.memberships().stream()
                .filter(m -> m.tenantStatus() == TenantStatus.ACTIVE)
                .map(Profile.Membership::tenantId)
                .findFirst()
                .orElse(null);
    }
}
