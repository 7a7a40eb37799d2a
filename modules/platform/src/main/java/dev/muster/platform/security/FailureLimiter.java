package dev.muster.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (an account, a client address, a tenant) with token buckets (Bucket4j):
 * each failure takes a token, an empty bucket blocks the key until it refills at
 * {@code capacity} per {@code window}. Successes cost nothing. Buckets live in this node's memory:
 * with several nodes each node counts on its own, so the effective limit is per node. The number of
 * tracked keys is bounded, so a flood of distinct keys cannot exhaust memory.
 */
public final class FailureLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final int capacity;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public FailureLimiter(int capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    /** How long {@code key} must wait, if it has used up its failures. */
    public Optional<Duration> blocked(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    public void failed(String key) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build()).tryConsume(1);
    }

    /** The longer of two waits, if any. */
    public static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }
}
