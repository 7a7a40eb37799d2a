/**
 * Validation of SSH keys that reach Muster from outside: public keys uploaded by devices
 * ({@link dev.muster.devices.sshkeys.SshPublicKey}) and host key lists set by admins
 * ({@link dev.muster.devices.sshkeys.SshHostKeys}).
 *
 * <p>Both are parsed down to the key material rather than matched by pattern, so that only keys
 * OpenSSH would actually use are stored, and every refusal is an
 * {@link dev.muster.devices.sshkeys.InvalidSshKeyException} whose message can be shown to the client.
 */
package dev.muster.devices.sshkeys;
