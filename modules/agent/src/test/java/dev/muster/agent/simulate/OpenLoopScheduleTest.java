package dev.muster.agent.simulate;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpenLoopScheduleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void spreadsTheFleetEvenlyOverTheInterval() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(1_000, 10 * SECOND, 1000);

        for (long s = 1; s < 5000; s++) {
            assertThat(schedule.intendedNanos(s) - schedule.intendedNanos(s - 1)).isCloseTo(10_000_000L, within(1L));
        }
        assertThat(schedule.rate()).isEqualTo(100.0);
    }

    @Test
    void eachDeviceKeepsItsPhaseEveryRound() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(0, 60 * SECOND, 7);

        for (int device = 0; device < 7; device++) {
            long phase = schedule.intendedNanos(device);
            for (long round = 0; round < 100; round++) {
                long sequence = round * 7 + device;
                assertThat(schedule.device(sequence)).isEqualTo(device);
                assertThat(schedule.intendedNanos(sequence)).isEqualTo(phase + round * 60 * SECOND);
            }
        }
    }

    @Test
    void intendedTimesAreFixedInAdvanceWhateverHappensToAnswers() {
        // The schedule is a pure function of its sequence number: asking out of order, or twice,
        // as a dispatcher would after a stall, gives the same times.
        OpenLoopSchedule schedule = new OpenLoopSchedule(5, 3 * SECOND, 10);
        long[] inOrder = IntStream.range(0, 100).mapToLong(schedule::intendedNanos).toArray();

        long[] reversed = IntStream.iterate(99, i -> i - 1).limit(100).mapToLong(schedule::intendedNanos).toArray();

        for (int i = 0; i < 100; i++) {
            assertThat(reversed[99 - i]).isEqualTo(inOrder[i]);
        }
    }

    @Test
    void silencesExactlyTheFloorOfTheFractionSpreadEvenly() {
        int n = 1000;
        long silent = IntStream.range(0, n).filter(i -> OpenLoopSchedule.silent(i, 0.1)).count();
        long firstHalf = IntStream.range(0, n / 2).filter(i -> OpenLoopSchedule.silent(i, 0.1)).count();

        assertThat(silent).isEqualTo(100);
        assertThat(firstHalf).isEqualTo(50);
        assertThat(IntStream.range(0, 10).filter(i -> OpenLoopSchedule.silent(i, 0.25)).boxed()).containsExactly(3, 7);
        assertThat(IntStream.range(0, n).filter(i -> OpenLoopSchedule.silent(i, 0)).count()).isZero();
        assertThat(IntStream.range(0, n).filter(i -> OpenLoopSchedule.silent(i, 1)).count()).isEqualTo(n);
    }
}
