package dev.muster.console.view;

import dev.muster.console.session.CurrentUser;
import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.Devices;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tenants.api.Invitations;
import dev.muster.tenants.api.Members;
import dev.muster.tenants.api.TenantCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /index.xhtml}: who is signed in, the current tenant and a few counts. Counts come from the
 * paged list calls' totals (one row fetched), so no count API is needed.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Members members;

    @Inject
    Invitations invitations;

    @Inject
    TenantCatalog catalog;

    @Inject
    Devices devices;

    private Long memberCount;
    private Long pendingInvitations;
    private Long tenantCount;
    private Long deviceCount;

    public long getMemberCount() {
        if (memberCount == null) {
            memberCount = currentUser.isInTenant() ? members.list(null, new PageRequest(0, 1)).total() : 0L;
        }
        return memberCount;
    }

    /** The current tenant's devices; from the total of a one-row list. */
    public long getDeviceCount() {
        if (deviceCount == null) {
            deviceCount = currentUser.isInTenant() ? devices.list(DeviceFilter.ALL, null, false, null, 1).total() : 0L;
        }
        return deviceCount;
    }

    /** Null when the user may not see invitations (below ADMIN). */
    public Long getPendingInvitations() {
        if (pendingInvitations == null && currentUser.has("ADMIN")) {
            pendingInvitations = invitations.countPending();
        }
        return pendingInvitations;
    }

    public long getTenantCount() {
        if (tenantCount == null) {
            tenantCount = currentUser.isPlatformAdmin() ? catalog.list(null, new PageRequest(0, 1)).total() : 0L;
        }
        return tenantCount;
    }
}
