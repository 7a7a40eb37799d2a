package dev.muster.devices.api;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Labels of devices by id, for server-side sources of other modules (an alert raised from a presence
 * event or a heartbeat rule). It joins the caller's transaction and authorizes nothing: it sees what
 * the current tenant scope sees (one tenant, or all inside an across-tenants operation), so callers
 * pass only ids they got from the server itself.
 */
public interface DeviceLabels {

    /** The labels of those of {@code ids} that exist in the current scope; unknown ids are left out. */
    Map<UUID, DeviceLabel> of(Collection<UUID> ids);
}
