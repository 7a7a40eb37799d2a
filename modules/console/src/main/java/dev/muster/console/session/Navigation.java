package dev.muster.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The console's main navigation, in order. The layout shows an entry only when
 * {@link ConsoleAccess#allows} lets the user open it, so links and page rules cannot drift apart.
 */
@Named
@ApplicationScoped
public class Navigation {

    /** One entry: the bundle key of its label, a PrimeIcons class, and the page's view id. */
    public record Item(String labelKey, String icon, String viewId) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("nav.dashboard", "pi pi-home", "/index.xhtml"),
            new Item("nav.tenants", "pi pi-building", "/admin/tenants/list.xhtml"),
            new Item("nav.devices", "pi pi-server", "/devices/index.xhtml"),
            new Item("nav.alerts", "pi pi-bell", "/alerts/index.xhtml"),
            new Item("nav.notificationChannels", "pi pi-megaphone", "/notifications/channels.xhtml"),
            new Item("nav.deliveries", "pi pi-send", "/notifications/deliveries.xhtml"),
            new Item("nav.enrollmentCodes", "pi pi-ticket", "/enrollment-codes/index.xhtml"),
            new Item("nav.provisioningKeys", "pi pi-box", "/provisioning-keys/index.xhtml"),
            new Item("nav.members", "pi pi-users", "/members/list.xhtml"),
            new Item("nav.apiKeys", "pi pi-key", "/api-keys/list.xhtml"),
            new Item("nav.audit", "pi pi-history", "/audit/list.xhtml"),
            new Item("nav.profile", "pi pi-user", "/profile.xhtml"));

    public List<Item> getItems() {
        return ITEMS;
    }
}
