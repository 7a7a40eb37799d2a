/**
 * Talking to the Muster server: {@link dev.muster.agent.client.MusterClient} (one method per API
 * call), {@link dev.muster.agent.client.Reply} (status, problem code, Retry-After) and
 * {@link dev.muster.agent.client.Backoff} (when to try again).
 *
 * <p>Decisions: {@link java.net.http.HttpClient} forced to HTTP/1.1, because the server's Grizzly
 * listener misbehaves when asked to upgrade to h2c; a connect timeout and a per-request timeout, so
 * a silent network never hangs the agent. Client methods return every HTTP answer as a
 * {@code Reply} and throw {@link java.io.IOException} only when there was no answer, so callers
 * decide per status what to do. Backoff is exponential with full jitter (a random wait between zero
 * and the doubling bound, capped): a fleet restarted by the same outage spreads its retries instead
 * of arriving together. A server's Retry-After is a floor, never shortened by jitter. Secrets and
 * tokens never appear in exceptions or {@code toString()}.
 */
package dev.muster.agent.client;
