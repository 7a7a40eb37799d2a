package dev.muster.platform.jobs;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnTransactionsTest {

    private final RecordingTransaction transaction = new RecordingTransaction();
    private final OwnTransactions own = new OwnTransactions(transaction);

    @Test
    void workThatReturnsIsCommittedAndItsResultReturned() {
        assertThat(own.call(() -> 42)).isEqualTo(42);
        assertThat(transaction.calls).containsExactly("begin", "commit");
    }

    @Test
    void workThatThrowsIsRolledBackAndTheSameExceptionRethrown() {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");
        assertThatThrownBy(() -> own.run(() -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(transaction.calls).containsExactly("begin", "rollback");
    }

    @Test
    void aCommitThatFailsIsReportedWithItsCause() {
        transaction.failCommit = true;
        assertThatThrownBy(() -> own.call(() -> 1)).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(RollbackException.class);
        assertThat(transaction.calls).containsExactly("begin", "commit");
    }

    /** Records what is asked of it; a stand-in for the container's, whose enlistment the integration tests cover. */
    private static final class RecordingTransaction implements UserTransaction {

        final List<String> calls = new ArrayList<>();
        boolean failCommit;
        int status = Status.STATUS_NO_TRANSACTION;

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() throws RollbackException {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
            if (failCommit) {
                throw new RollbackException("the database refused");
            }
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            // not used
        }
    }
}
