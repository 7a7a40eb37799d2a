/**
 * The machine the agent runs on: what it reports about itself ({@link dev.muster.agent.system.SystemInfo}),
 * its log ({@link dev.muster.agent.system.Log}) and how it waits ({@link dev.muster.agent.system.Sleeper},
 * {@link dev.muster.agent.system.StopSignal}).
 *
 * <p>Decisions: facts are re-collected for every heartbeat (they are cheap: a few small files under
 * {@code /proc} and {@code /etc} and one interface lookup) so a changed address or hostname shows up
 * within one interval. Files are read relative to a root directory so tests can supply their own
 * {@code /etc/os-release}. The primary LAN address is the local address the kernel would use to
 * reach the server (a connected UDP socket sends nothing), falling back to the first up, non-loopback,
 * non-virtual interface with an IPv4 address. A fact that cannot be found is left out rather than
 * guessed. The log is one line per event on stderr with a UTC timestamp, because systemd's journal
 * and a terminal both read that; waiting goes through {@code Sleeper} so tests never really sleep.
 */
package dev.muster.agent.system;
