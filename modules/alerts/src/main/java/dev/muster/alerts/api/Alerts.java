package dev.muster.alerts.api;

import java.util.UUID;

/**
 * The alerts of the caller's current tenant, for the API and the console: VIEWERs read, OPERATORs
 * act. Every change is audited and noticed ({@link AlertNotice}) in its transaction; a change that
 * does not apply (acknowledging a resolved alert) returns the alert unchanged. Another tenant's
 * alert is not found.
 */
public interface Alerts {

    /** A keyset page, newest last occurrence first; {@code after} is a previous page's {@code next}. */
    AlertList list(AlertFilter filter, String after, int limit);

    /** One alert with its timeline. */
    AlertView get(UUID id);

    /** An operator's alert of a custom type; an unresolved alert of the same device and type counts a repeat. */
    AlertView raise(NewAlert alert);

    AlertView acknowledge(UUID id, AlertNote note);

    AlertView resolve(UUID id, AlertNote note);

    /** Reopens a resolved alert; {@code CONFLICT} while its device has another unresolved alert of the type. */
    AlertView reopen(UUID id, AlertNote note);

    /** Adds a note (required) to the timeline. */
    AlertView note(UUID id, AlertNote note);

    /** Assigns to a member by email, or unassigns with a blank one. */
    AlertView assign(UUID id, Assignment assignment);

    /** Acknowledges or resolves a selection or what a filter matches, reporting each alert's outcome. */
    BulkAlertResult bulk(BulkAlertRequest request);
}
