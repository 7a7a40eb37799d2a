/**
 * The device's credentials on disk: {@link dev.muster.agent.state.DeviceState} (server, device id,
 * device key, tenant, secret) and {@link dev.muster.agent.state.SecretFiles}, which writes any file
 * holding a secret (the agent's state file, the simulator's fleet file).
 *
 * <p>Decisions: a secret file is never readable by anyone but its owner, not even for an instant:
 * the directory is created with mode 700, the content goes into a temporary file that is
 * <em>created</em> with mode 600 in the same directory, is flushed to disk, and then atomically
 * renamed over the old file. A crash leaves the old file or the new one, never half of one; a
 * reader never sees a partial file. Tokens are not stored: they are short-lived and cheap to get
 * again with the secret. On a file system without POSIX permissions the file is written without
 * them (and the rest still holds).
 */
package dev.muster.agent.state;
