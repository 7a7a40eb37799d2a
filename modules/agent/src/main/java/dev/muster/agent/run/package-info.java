/**
 * The {@code run} command: the device's heartbeat loop ({@link dev.muster.agent.run.AgentLoop}),
 * token timing ({@link dev.muster.agent.run.TokenTiming}) and SSH key publication
 * ({@link dev.muster.agent.run.SshKeyPublisher}).
 *
 * <p>Decisions: the loop is one thread with one state machine, so there is nothing to
 * synchronise. The token is renewed at 80 % of its lifetime or 5 minutes before it expires,
 * whichever is earlier (but not before half of it), measured with the clock skew the server reports
 * so a device with a wrong clock still renews in time. Heartbeats go out every interval ±10 % so
 * devices started together drift apart; the server's {@code intervalSeconds} answer replaces the
 * interval given on the command line. Network errors, 5xx, 429 and a suspended tenant back off
 * exponentially with full jitter (1 s doubling to 5 min, Retry-After as a floor) and the loop never
 * gives up, because the agent must survive server restarts and outages of any length. A 401 on a
 * heartbeat renews the token once; a 401 for the secret itself means the device was revoked or reset,
 * and the agent exits with {@link dev.muster.agent.cli.ExitCode#CREDENTIALS_REFUSED} rather than
 * hammering the server with a dead secret. Other 4xx answers (a field the server rejects) are logged
 * and the loop carries on at the normal interval. The log has one line per change of state; each
 * heartbeat is logged only with {@code --verbose}. The SSH key is published after a successful
 * heartbeat, at start and whenever the file's content changes; a failure there never delays
 * heartbeats. Out of scope: {@code PATCH /device} (heartbeats already carry the same facts).
 */
package dev.muster.agent.run;
