package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One attempt of a delivery: its number (from 1), outcome, error, the next try it scheduled. */
@Schema(name = "NotificationAttempt")
public record AttemptView(int attempt, Instant attemptedAt, String outcome, String error, Instant nextTryAt,
                          long millis) {
}
