/**
 * {@code /provisioning-keys/index.xhtml}: the current tenant's provisioning keys (ADMIN and above),
 * for factory images that enroll many devices with one key: create, list, revoke.
 *
 * <p>A new key is shown exactly once, the same way as an API key: through the Faces flash to the one
 * response after the redirect, never from a field of the view-scoped bean, so no view state and no
 * reload holds it. The list shows only the key's public prefix. The name's length bound (120) is the
 * API's; it has no constant in {@code tokens.api}, so it is repeated here for the input's
 * {@code maxlength} only, and the API still checks it.
 */
package dev.muster.console.view.provisioningkeys;
