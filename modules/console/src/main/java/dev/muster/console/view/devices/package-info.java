/**
 * {@code /devices/index.xhtml} ↔ {@link dev.muster.console.view.devices.DevicesBacking} and
 * {@code /devices/device.xhtml?id=…} ↔ {@link dev.muster.console.view.devices.DeviceBacking}: the
 * device registry of the current tenant. Every member may look; OPERATORs edit and run bulk tag,
 * untag and move; ADMINs pre-register, revoke, reset, rotate secrets and delete. The roles decide only
 * which controls are shown: the {@code Devices} API authorizes every call and writes the audit log.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The list pages by keyset, as the API does ({@code next} cursor), not by offset, so it does not
 *       use {@link dev.muster.console.faces.PagedModel}: {@link dev.muster.console.view.devices.DeviceListState}
 *       keeps the cursors walked through (next, previous, back to first) and starts again at the first
 *       page whenever filter, sort or page size change, since a cursor belongs to one order. The
 *       state also goes into the URL of the redirect after a bulk action or a pre-registration, so the
 *       user comes back to the list they were working on.</li>
 *   <li>Rows and the selection are {@link dev.muster.console.view.devices.DeviceRow}s, serializable
 *       copies of what the table shows, since the API's records are not serializable. The selection
 *       covers the rows on screen and is cleared on every page change.</li>
 *   <li>A bulk action first runs as a preview ({@code preview=true}), and the dialog shows how many
 *       devices it touches; applying sends the same {@link dev.muster.console.view.devices.BulkPlan}
 *       or nothing, so the count confirmed is the count of the request. Acting on "the filter" means
 *       the filter applied to the list, not what is typed in the filter form, and needs a non-empty
 *       filter (the API refuses a bulk change of the whole tenant without one).</li>
 *   <li>A device secret (pre-registration, rotation) is shown exactly once, as API keys are: through
 *       the Faces flash to the one response after the redirect, never from a field of the bean.</li>
 *   <li>The edit form sends every field with the version it was filled from (merge-patch semantics:
 *       an empty field clears). When someone else changed the device meanwhile the API refuses
 *       ({@code PRECONDITION_FAILED}); the page says so and reloads the current state, rather than
 *       merging silently.</li>
 *   <li>A device's history is the audit log filtered by its id; it is shown to those who may read the
 *       audit log (ADMIN and above), with the same check as the audit page on every read.</li>
 *   <li>An unknown, malformed or other tenant's device id answers 404.</li>
 * </ul>
 */
package dev.muster.console.view.devices;
