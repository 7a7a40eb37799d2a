package dev.muster.agent.testing;

import dev.muster.agent.system.Sleeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each wait and returns at once; reports "stopped" after a given number of waits. */
public class RecordingSleeper implements Sleeper {

    private final int stopAfter;
    private final List<Duration> waits = new ArrayList<>();

    public RecordingSleeper(int stopAfter) {
        this.stopAfter = stopAfter;
    }

    @Override
    public synchronized boolean sleep(Duration duration) {
        waits.add(duration);
        return waits.size() < stopAfter;
    }

    public synchronized List<Duration> waits() {
        return new ArrayList<>(waits);
    }
}
