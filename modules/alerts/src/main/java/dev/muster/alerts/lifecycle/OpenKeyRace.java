package dev.muster.alerts.lifecycle;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Retries a raise that lost the race for an alert's open key: the unique constraint refused a
 * second unresolved alert of the same device and type, the transaction rolled back, and the retry
 * (a new transaction) finds the winner's alert and repeats it. Both H2 and PostgreSQL report a
 * unique violation as SQL state 23505. Call it outside the transaction it retries.
 */
public final class OpenKeyRace {

    private static final String UNIQUE_VIOLATION = "23505";

    private OpenKeyRace() {
    }

    public static <T> T retried(Supplier<T> raise) {
        try {
            return raise.get();
        } catch (RuntimeException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            return raise.get();
        }
    }

    static boolean uniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
