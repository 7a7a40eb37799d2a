package dev.muster.agent.system;

import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line per event: {@code 2025-01-31T12:00:00.123Z message}. {@link #state} logs only when the
 * state changes, so a healthy agent logs one line and then stays quiet; {@link #verbose} lines
 * appear only with {@code --verbose}. Never give it a secret or a token.
 */
public final class Log {

    private final PrintStream out;
    private final Clock clock;
    private final boolean verbose;
    private String state;

    public Log(PrintStream out, Clock clock, boolean verbose) {
        this.out = out;
        this.clock = clock;
        this.verbose = verbose;
    }

    public synchronized void info(String message) {
        out.println(clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " + message);
        out.flush();
    }

    public void verbose(String message) {
        if (verbose) {
            info(message);
        }
    }

    /** Logs {@code message} when {@code newState} differs from the last state logged this way. */
    public synchronized void state(String newState, String message) {
        if (!Objects.equals(state, newState)) {
            state = newState;
            info(message);
        } else {
            verbose(message);
        }
    }

    public synchronized String currentState() {
        return state;
    }
}
