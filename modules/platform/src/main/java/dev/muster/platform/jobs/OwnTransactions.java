package dev.muster.platform.jobs;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one piece of a timer's work in a transaction of its own, through the timer bean's
 * {@link UserTransaction} (see the package documentation for why): committed when the work returns,
 * rolled back when it throws, which is rethrown as it was. A failed commit is an
 * {@link IllegalStateException} carrying the cause.
 */
public final class OwnTransactions {

    private static final Logger LOG = Logger.getLogger(OwnTransactions.class.getName());

    private final UserTransaction transaction;

    public OwnTransactions(UserTransaction transaction) {
        this.transaction = transaction;
    }

    public <T> T call(Supplier<T> work) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("Cannot begin a transaction", e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollBack();
            throw e;
        }
        try {
            transaction.commit();
            return result;
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            throw new IllegalStateException("Committing failed", e);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Rolling back after a failure failed", e);
        }
    }
}
