package dev.muster.agent.system;

import java.time.Duration;

/** Waits; tests substitute one that records the waits and returns at once. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration} unless asked to stop.
     *
     * @return {@code true} when the whole duration passed, {@code false} when asked to stop
     */
    boolean sleep(Duration duration) throws InterruptedException;
}
