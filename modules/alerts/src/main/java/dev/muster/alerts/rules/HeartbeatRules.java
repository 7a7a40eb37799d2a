package dev.muster.alerts.rules;

import dev.muster.alerts.lifecycle.OpenKeyRace;
import dev.muster.devices.api.HeartbeatReadings;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hears every flushed chunk of heartbeats ({@link HeartbeatReadings}, fired by the presence flush
 * after it committed) and has the rules judge it in a transaction of its own, acting as
 * {@code automatically}. A raise that lost the race for an open key to another node is retried
 * once; any other failure reaches the flush, which logs it: a condition that persists is judged
 * again at the device's next flushed heartbeat.
 */
@ApplicationScoped
public class HeartbeatRules {

    private static final Caller AUTOMATIC = new Caller(Caller.Kind.SYSTEM, null, "automatically", null, null, false);

    @Inject
    RuleEvaluation evaluation;

    @Inject
    CallerContext callers;

    void judge(@Observes HeartbeatReadings flushed) {
        Caller before = callers.caller();
        callers.set(AUTOMATIC);
        try {
            OpenKeyRace.retried(() -> evaluation.evaluate(flushed.readings()));
        } finally {
            callers.set(before);
        }
    }
}
