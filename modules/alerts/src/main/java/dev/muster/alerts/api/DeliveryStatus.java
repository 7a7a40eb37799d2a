package dev.muster.alerts.api;

/**
 * Where a delivery stands: on the queue, waiting for its next try, done, or dead after its last
 * attempt (a dead letter: listed, retryable).
 */
public enum DeliveryStatus {
    QUEUED, WAITING, DELIVERED, DEAD
}
