package dev.muster.agent.system;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@link Sleeper} that wakes up for good once {@link #stop()} is called (from a shutdown hook, say). */
public final class StopSignal implements Sleeper {

    private final CountDownLatch stopped = new CountDownLatch(1);

    public void stop() {
        stopped.countDown();
    }

    public boolean stopped() {
        return stopped.getCount() == 0;
    }

    @Override
    public boolean sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return !stopped();
        }
        return !stopped.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }
}
