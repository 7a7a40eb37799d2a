/**
 * {@code /api-keys/list.xhtml}: the current tenant's API keys (ADMIN and above).
 *
 * <p>A new key is shown exactly once. It goes from the create action to the page through the Faces
 * flash, which lasts for the one redirect, and is rendered from there, never from a field of the
 * view-scoped bean; so it is in no view state, a reload does not show it again, and the copy button
 * works in the browser without another request.
 */
package dev.muster.console.view.apikeys;
