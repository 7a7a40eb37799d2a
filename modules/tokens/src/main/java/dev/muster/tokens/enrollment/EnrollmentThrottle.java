package dev.muster.tokens.enrollment;

import dev.muster.platform.security.FailureLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes guessing enrollment codes hopeless. Three budgets of failures, each a token bucket:
 * <ul>
 *   <li>per client address (default 10 per 15 minutes): one client cannot try many codes;</li>
 *   <li>per tenant (default 30 per 15 minutes): failures with a tenant's own codes and keys
 *       (expired, revoked, bound to another device);</li>
 *   <li>server-wide for unknown codes (default 100 per hour): many clients together cannot either.
 *       When it is spent, enrollment by code pauses for everyone until it refills; provisioning keys
 *       (256 bits, not guessable) keep working.</li>
 * </ul>
 * With the defaults, at most 2,400 guesses a day reach the code space of 887 million codes; with
 * 1,000 active codes in the whole server, the chance that a day of guessing finds any of them is
 * about 0.27%, and a found code is still limited to its uses and its expiry. See docs/security.md.
 */
@ApplicationScoped
public class EnrollmentThrottle {

    private static final String GLOBAL = "*";

    @Inject
    @ConfigProperty(name = "muster.security.enrollment.address-failures", defaultValue = "10")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "muster.security.enrollment.tenant-failures", defaultValue = "30")
    int tenantFailures;

    @Inject
    @ConfigProperty(name = "muster.security.enrollment.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "muster.security.enrollment.unknown-codes-per-hour", defaultValue = "100")
    int unknownCodesPerHour;

    private FailureLimiter addresses;
    private FailureLimiter tenants;
    private FailureLimiter unknownCodes;

    @PostConstruct
    void init() {
        addresses = new FailureLimiter(addressFailures, Duration.ofMinutes(windowMinutes));
        tenants = new FailureLimiter(tenantFailures, Duration.ofMinutes(windowMinutes));
        unknownCodes = new FailureLimiter(unknownCodesPerHour, Duration.ofHours(1));
    }

    /** How long this client must wait before trying again, if at all. */
    Optional<Duration> blocked(String address, boolean byCode) {
        Optional<Duration> wait = addresses.blocked(address);
        return byCode ? FailureLimiter.longest(wait, unknownCodes.blocked(GLOBAL)) : wait;
    }

    Optional<Duration> blockedTenant(UUID tenant) {
        return tenants.blocked(tenant.toString());
    }

    /** A failure: an unknown code or key when {@code tenant} is null, else a failure against that tenant. */
    void failed(String address, UUID tenant, boolean unknownCode) {
        addresses.failed(address);
        if (tenant != null) {
            tenants.failed(tenant.toString());
        }
        if (unknownCode) {
            unknownCodes.failed(GLOBAL);
        }
    }
}
