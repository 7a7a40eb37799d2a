package dev.muster.tenants.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address with token buckets (Bucket4j). Each
 * failure takes a token; an empty bucket blocks further attempts until it refills. Successful
 * sign-ins cost nothing. Buckets live in this node's memory: with several nodes each node throttles
 * on its own, so the effective limit is per node.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_TRACKED = 100_000;

    @Inject
    @ConfigProperty(name = "muster.security.signin.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "muster.security.signin.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "muster.security.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** How long the caller must wait, if either key is blocked. */
    public Optional<Duration> blocked(String account, String address) {
        Duration wait = Duration.ZERO;
        for (String key : new String[]{"a:" + account, "c:" + address}) {
            Bucket bucket = buckets.get(key);
            if (bucket != null && bucket.getAvailableTokens() <= 0) {
                Duration refill = Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
                wait = refill.compareTo(wait) > 0 ? refill : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String account, String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        bucket("a:" + account, accountFailures).tryConsume(1);
        bucket("c:" + address, addressFailures).tryConsume(1);
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity)
                        .refillGreedy(capacity, Duration.ofMinutes(windowMinutes)).build())
                .build());
    }
}
