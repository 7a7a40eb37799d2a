package dev.muster.console.session;

import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.tenants.api.Accounts;
import dev.muster.tenants.api.Profile;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in user as the layout and the pages see them during one request: the caller the
 * access filter established, their profile and their current tenant, each loaded at most once.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CallerContext callers;

    @Inject
    ConsoleSession session;

    @Inject
    Accounts accounts;

    @Inject
    TenantCatalog catalog;

    private Profile profile;
    private TenantView tenant;

    public Caller getCaller() {
        return callers.caller();
    }

    public Profile getProfile() {
        if (profile == null && session.signedIn()) {
            profile = accounts.profile(session.userId());
        }
        return profile;
    }

    /** The tenant the user acts in, or null outside any tenant. */
    public TenantView getTenant() {
        if (tenant == null && getCaller().tenantId() != null) {
            tenant = catalog.get(getCaller().tenantId());
        }
        return tenant;
    }

    /** A name to greet the user with: the display name, or the email when there is none. */
    public String getName() {
        Profile p = getProfile();
        if (p == null) {
            return "";
        }
        return p.displayName() == null || p.displayName().isBlank() ? p.email() : p.displayName();
    }

    public boolean isPlatformAdmin() {
        return getCaller().platformAdmin();
    }

    public boolean isInTenant() {
        return getCaller().tenantId() != null;
    }

    /** True if the user holds at least this role in the current tenant. */
    public boolean has(String role) {
        return isInTenant() && getCaller().has(Role.valueOf(role));
    }

    /** True if the page at this context-relative path would open; drives the navigation. */
    public boolean mayOpen(String path) {
        return ConsoleAccess.allows(path, getCaller());
    }
}
