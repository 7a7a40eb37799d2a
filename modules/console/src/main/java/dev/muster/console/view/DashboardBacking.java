package dev.muster.console.view;

import dev.muster.console.faces.ChartJson;
import dev.muster.console.faces.Feedback;
import dev.muster.console.session.CurrentUser;
import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.Devices;
import dev.muster.devices.api.FleetHistory;
import dev.muster.devices.api.FleetSummary;
import dev.muster.devices.api.FleetWindow;
import dev.muster.devices.api.Presence;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tenants.api.Invitations;
import dev.muster.tenants.api.Members;
import dev.muster.tenants.api.TenantCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * {@code /index.xhtml?window=24h|7d|30d}: who is signed in, the current tenant, a few counts and the
 * fleet: devices by presence, presence over the chosen window, fleet uptime, and the OS and agent
 * version breakdowns. Member and invitation counts come from the paged list calls' totals (one row
 * fetched); the fleet from {@link Devices#fleet()} and {@link Devices#fleetHistory}. The window is a
 * plain GET parameter, so every view of the chart is a link that can be bookmarked.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** Chart colours of the presences, matching the badges of the device list. */
    static final Map<Presence, String> PRESENCE_COLORS = Map.of(Presence.ONLINE, "#22c55e", Presence.OFFLINE, "#ef4444",
            Presence.STALE, "#f59e0b", Presence.NEVER_SEEN, "#94a3b8");
    private static final List<String> SLICE_COLORS = List.of("#2196f3", "#22c55e", "#f59e0b", "#a855f7", "#ef4444", "#14b8a6",
            "#f472b6", "#64748b");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

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

    private String window;
    private Long memberCount;
    private Long pendingInvitations;
    private Long tenantCount;
    private Long deviceCount;
    private FleetSummary fleet;
    private FleetHistory history;

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

    /** The tenant's fleet: counts by presence, breakdowns and uptime; only read in a tenant. */
    public FleetSummary getFleet() {
        if (fleet == null) {
            fleet = devices.fleet();
        }
        return fleet;
    }

    /** How many of the tenant's devices are in {@code presence} (a {@link Presence} name). */
    public long count(String presence) {
        Long count = getFleet().byPresence().get(Presence.valueOf(presence));
        return count == null ? 0 : count;
    }

    /** The presence samples of the chosen window. */
    public FleetHistory getHistory() {
        if (history == null) {
            history = devices.fleetHistory(getSelectedWindow());
        }
        return history;
    }

    public String getPresenceChart() {
        Map<Presence, String> labels = new EnumMap<>(Presence.class);
        for (Presence presence : Presence.values()) {
            labels.put(presence, Feedback.text("presence." + presence.name()));
        }
        return presenceChart(getHistory(), getSelectedWindow(), labels);
    }

    public String getOsChart() {
        return breakdownChart(getFleet().byOs(), Feedback.text("dashboard.notReported"));
    }

    public String getAgentVersionChart() {
        return breakdownChart(getFleet().byAgentVersion(), Feedback.text("dashboard.notReported"));
    }

    /** Lines of the device counts in each presence over the window, one point per sample kept. */
    static String presenceChart(FleetHistory history, FleetWindow window, Map<Presence, String> labels) {
        DateTimeFormatter format = window == FleetWindow.LAST_24_HOURS ? TIME : DAY_AND_TIME;
        List<String> times = history.points().stream().map(point -> format.format(point.at())).toList();
        List<ChartJson.Series> series = List.of(
                series(history, Presence.ONLINE, labels, FleetHistory.Point::online),
                series(history, Presence.OFFLINE, labels, FleetHistory.Point::offline),
                series(history, Presence.STALE, labels, FleetHistory.Point::stale),
                series(history, Presence.NEVER_SEEN, labels, FleetHistory.Point::neverSeen));
        return ChartJson.line(times, series);
    }

    private static ChartJson.Series series(FleetHistory history, Presence presence, Map<Presence, String> labels,
                                           ToLongFunction<FleetHistory.Point> count) {
        return new ChartJson.Series(labels.get(presence), PRESENCE_COLORS.get(presence),
                history.points().stream().map(point -> count.applyAsLong(point)).toList());
    }

    /** A doughnut of the most common values; devices that did not say are labelled {@code unknown}. */
    static String breakdownChart(List<FleetSummary.Count> counts, String unknown) {
        List<ChartJson.Slice> slices = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            FleetSummary.Count count = counts.get(i);
            slices.add(new ChartJson.Slice(count.value() == null ? unknown : count.value(), count.devices(),
                    SLICE_COLORS.get(i % SLICE_COLORS.size())));
        }
        return ChartJson.doughnut(slices);
    }

    public FleetWindow getSelectedWindow() {
        FleetWindow parsed = FleetWindow.parse(window);
        return parsed == null ? FleetWindow.LAST_24_HOURS : parsed;
    }

    public FleetWindow[] getWindows() {
        return FleetWindow.values();
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }
}
