package dev.muster.console.session;

import dev.muster.alerts.api.AcknowledgeLinks;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.Role;

import java.util.Set;

/**
 * Which console paths are public and what a caller needs for the others. Paths are relative to the
 * context root, as the servlet container decoded and normalized them.
 */
public final class ConsoleAccess {

    public static final String SIGN_IN = "/sign-in.xhtml";
    public static final String HOME = "/index.xhtml";
    /**
     * Where an alert's acknowledge link lands. Open to every signed-in user whatever their current
     * tenant: the link names the alert's tenant, and the page checks the user's membership there.
     */
    public static final String ACKNOWLEDGE = AcknowledgeLinks.PAGE;

    private static final Set<String> PUBLIC_PAGES = Set.of(SIGN_IN, "/invitation.xhtml", "/error.xhtml",
            "/not-found.xhtml", "/expired.xhtml");

    /** Not the console's: the API authenticates itself; health, metrics and error pages are open. */
    private static final Set<String> OPEN_TREES = Set.of("/api", "/api-docs", "/webjars", "/health", "/metrics", "/openapi",
            "/error-page");

    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private ConsoleAccess() {
    }

    /** True for paths that need no signed-in user. */
    public static boolean isPublic(String path) {
        if (path == null) {
            return false;
        }
        if (PUBLIC_PAGES.contains(path) || path.startsWith(FACES_RESOURCES)) {
            return true;
        }
        return OPEN_TREES.stream().anyMatch(tree -> path.equals(tree) || path.startsWith(tree + "/"));
    }

    /** True if {@code caller} may open the (non-public) page at {@code path}. */
    public static boolean allows(String path, Caller caller) {
        if (caller == null || !caller.authenticated()) {
            return false;
        }
        if (ACKNOWLEDGE.equals(path)) {
            return true;
        }
        if (under(path, "/admin")) {
            return caller.platformAdmin();
        }
        if (under(path, "/members")) {
            return caller.tenantId() != null && caller.has(Role.VIEWER);
        }
        if (under(path, "/devices") || under(path, "/alerts")) {
            return caller.tenantId() != null && caller.has(Role.VIEWER);
        }
        if (under(path, "/api-keys") || under(path, "/enrollment-codes") || under(path, "/provisioning-keys")
                || under(path, "/notifications")) {
            return caller.tenantId() != null && caller.has(Role.ADMIN);
        }
        if (under(path, "/audit")) {
            return mayReadAudit(caller);
        }
        return true;
    }

    /**
     * The audit log's rule: tenant ADMIN or more sees its tenant; a platform administrator outside
     * any tenant sees everything. The same rule as the REST audit resource.
     */
    public static boolean mayReadAudit(Caller caller) {
        if (caller.tenantId() == null) {
            return caller.platformAdmin();
        }
        return caller.has(Role.ADMIN);
    }

    private static boolean under(String path, String tree) {
        return path.equals(tree) || path.startsWith(tree + "/");
    }
}
