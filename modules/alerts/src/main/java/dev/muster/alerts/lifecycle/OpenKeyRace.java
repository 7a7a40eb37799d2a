package dev.muster.alerts.lifecycle;

import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Retries a raise that lost the race for an alert's open key: the unique constraint refused a
 * second unresolved alert of the same device and type, the transaction rolled back, and the retry
 * (a new transaction) finds the winner's alert and repeats it. Both H2 and PostgreSQL report a
 * unique violation as SQL state 23505. An optimistic lock failure (an alert changed under a
 * source that read it without a lock) is retried the same way. Call it outside the transaction it
 * retries.
 */
public final class OpenKeyRace {

    private static final String UNIQUE_VIOLATION = "23505";

    private OpenKeyRace() {
    }

    public static <T> T retried(Supplier<T> raise) {
        try {
            return raise.get();
        } catch (RuntimeException e) {
            if (!lostRace(e)) {
                throw e;
            }
            return raise.get();
        }
    }

    static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
