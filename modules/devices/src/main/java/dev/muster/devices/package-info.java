/**
 * The device registry: devices with their identity (id and a stable key), admin-owned fields (name,
 * type, group, tags, notes, attributes), credentials and lifecycle (active, reset, revoked), what
 * they report about themselves, and their SSH keys.
 *
 * <p>Other modules use only {@code dev.muster.devices.api}. Features: {@code registry} (the
 * {@code Device} aggregate, the admin registry, device credentials, a device's own record),
 * {@code presence} (heartbeats, presence and its transitions, the fleet's presence over time),
 * {@code selfservice} (the device-facing endpoints), {@code sshkeys} (key validation, the tenant's
 * SSH host keys).
 *
 * <p>Decisions: device secrets carry 256 random bits and are stored as an HMAC-SHA256 digest under
 * a server key (fast to check on every token refresh, useless without the key); every credential
 * change increments a generation that device tokens name, so revocation takes effect with the next
 * request, on every node. Names are unique per tenant ignoring case (NFKC, lower case), enforced by a
 * unique constraint so concurrent requests cannot both win. Lists page by keyset, not offset.
 */
package dev.muster.devices;
