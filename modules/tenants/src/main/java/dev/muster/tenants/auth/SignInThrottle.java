package dev.muster.tenants.auth;

import dev.muster.platform.security.FailureLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and per client address; either one running out of failures
 * blocks further attempts until it refills. See {@link FailureLimiter} for how (per node, in memory).
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "muster.security.signin.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "muster.security.signin.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "muster.security.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    private FailureLimiter accounts;
    private FailureLimiter addresses;

    @PostConstruct
    void init() {
        accounts = new FailureLimiter(accountFailures, Duration.ofMinutes(windowMinutes));
        addresses = new FailureLimiter(addressFailures, Duration.ofMinutes(windowMinutes));
    }

    /** How long the caller must wait, if either the account or the address is blocked. */
    public Optional<Duration> blocked(String account, String address) {
        return FailureLimiter.longest(accounts.blocked(account), addresses.blocked(address));
    }

    public void failed(String account, String address) {
        accounts.failed(account);
        addresses.failed(address);
    }
}
