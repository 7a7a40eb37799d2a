/**
 * The {@code simulate} command: a fleet of virtual devices sending heartbeats, measured open-loop.
 * {@link dev.muster.agent.simulate.Fleet} enrolls or reuses the devices (credentials cached in
 * {@code fleet.json}); {@link dev.muster.agent.simulate.Simulator} runs the load;
 * {@link dev.muster.agent.simulate.OpenLoopSchedule} fixes every heartbeat's intended time;
 * {@link dev.muster.agent.simulate.Http1Connection} and {@link dev.muster.agent.simulate.Http1Response}
 * are a minimal HTTP/1.1 client; {@link dev.muster.agent.simulate.Histogram} records latencies.
 *
 * <p>Decisions: open loop, because a closed loop (send, wait for the answer, send the next) lowers
 * its rate when the server slows down and so hides exactly the latency it should measure; here the
 * send times are fixed in advance and latency runs from the intended time, so queueing in the
 * simulator counts against the server (no coordinated omission). A bounded number of persistent
 * connections, one thread each, over a hand-written HTTP/1.1 client instead of
 * {@link java.net.http.HttpClient}: the connection count is exact, there is no hidden pool or
 * executor between the schedule and the socket, and the per-request work is a few small writes and
 * one parse. Tokens are renewed on the worker that needs one, before the heartbeat, so renewals
 * cost what they would cost a real device. Silent devices are chosen by index (exactly
 * floor(N·F), spread evenly) and written to {@code silent.txt} before the run, so a test knows in
 * advance which devices must go offline. Enrollment and the first token use the agent's own
 * {@link dev.muster.agent.client.MusterClient} and {@link dev.muster.agent.enroll.Enrollment}, so the
 * simulator enrolls exactly as the agent does. Out of scope: TLS session tuning, HTTP pipelining,
 * SSH keys and system facts of virtual devices (their heartbeats carry {@code sentAt},
 * {@code intervalSeconds} and two random metrics).
 */
package dev.muster.agent.simulate;
