/**
 * The alert and its lifecycle: OPEN → ACKNOWLEDGED → RESOLVED, reopened by a new occurrence or by an
 * operator, with a timeline of every change and note.
 *
 * <p>What it owns: the {@code Alert} aggregate and its {@code AlertEntry} timeline (invariants on
 * {@code Alert}), {@code Occurrences} (the one place every source records an occurrence or an
 * automatic resolution; audits and fires {@code AlertNotice} in the caller's transaction),
 * {@code AlertBook} (the tenant's alerts for users: list, get, act, bulk; also the
 * {@code AlertAcknowledgements} of the api), {@code AlertsResource} ({@code /api/v1/alerts}),
 * {@code AlertPurge} (retention's deletes).
 *
 * <p>Decisions:
 * <ul>
 *   <li>At most one unresolved alert per device and type is held by the database, not by code: a
 *       nullable {@code open_key} ({@code deviceId:type}) set only while unresolved, under a unique
 *       constraint. H2 has no partial unique index; NULLs never collide on either database. The loser
 *       of a race rolls back and its boundary retries once ({@code OpenKeyRace}), finding the winner's
 *       alert and counting a repeat.</li>
 *   <li>Existing alerts are changed under a row lock ({@code PESSIMISTIC_WRITE}): repeats are
 *       frequent and concurrent, and an optimistic version check would turn them into errors.</li>
 *   <li>A new occurrence of a resolved alert reopens it if it was resolved within
 *       {@code muster.alerts.reopen-window-minutes} (60); later, a new alert opens, so an old
 *       incident's timeline does not absorb an unrelated one. An occurrence dated before the
 *       alert's last resolution is late news and changes nothing.</li>
 *   <li>Alerts about no device (an operator's tenant-wide alert) are never deduplicated.</li>
 *   <li>The device's name and group are copied onto the alert at each occurrence: the group filter
 *       and notifications need them without reading the registry, and an alert shows the device as
 *       it was when it occurred.</li>
 *   <li>Built-in types are raised by the server only; operators and devices raise custom types.</li>
 *   <li>Acknowledging needs OPERATOR, also through {@code AlertAcknowledgements}.</li>
 * </ul>
 *
 * <p>Out of scope: notifications (they observe {@code AlertNotice}), the console's pages.
 */
package dev.muster.alerts.lifecycle;
