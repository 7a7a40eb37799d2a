/**
 * The Muster device agent and fleet simulator: one runnable jar, JDK only, talking to the server
 * over HTTP and nothing else (it uses no other Muster module, so it can be built and shipped on its
 * own). {@link dev.muster.agent.Agent} dispatches to the commands:
 * {@code enroll} ({@code enroll}), {@code run} ({@code run}) and {@code simulate} ({@code simulate}).
 *
 * <p>Packages: {@code cli} (options, exit codes), {@code json} (tiny JSON), {@code client} (the
 * server's API, backoff), {@code state} (credential files), {@code system} (facts about the machine,
 * log, sleeping), {@code enroll}, {@code run}, {@code simulate}.
 *
 * <p>Decisions: {@link dev.muster.agent.Agent#run} returns the exit code instead of calling
 * {@code System.exit}, and takes its output streams and a stop signal, so tests (including the
 * server's end-to-end tests) drive the agent in-process. Only {@code main} exits and installs the
 * shutdown hook that turns SIGTERM or Ctrl-C into a clean stop.
 */
package dev.muster.agent;
