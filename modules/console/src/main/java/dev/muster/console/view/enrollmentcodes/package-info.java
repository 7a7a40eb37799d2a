/**
 * {@code /enrollment-codes/index.xhtml}: the current tenant's enrollment codes (ADMIN and above):
 * create, list by status, revoke, and which devices enrolled with each.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A new code is shown exactly once, like an API key: it goes from the create action through the
 *       Faces flash to the one response after the redirect, never into a field of the view-scoped
 *       bean. It is shown as {@code K7P-X3M}, large and spaced, because a person reads it off the
 *       screen and types it on a device; enrollment ignores the dash and the case.</li>
 *   <li>A code's enrollments name the device key the device had then. The key links to the device
 *       only while that device still exists; the check is one {@code Devices.get} per device shown,
 *       cached for the page, and the list names at most a few enrollments per code.</li>
 *   <li>Tags are typed as {@code key=value} lines, the same as on the device page; the shape is
 *       checked here so the message can name the line, the key rules stay the API's.</li>
 * </ul>
 */
package dev.muster.console.view.enrollmentcodes;
