package dev.muster.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Works out the client's address. {@code X-Forwarded-For} is believed only when the connection
 * comes from a configured trusted proxy ({@code muster.http.trusted-proxies}, comma-separated
 * addresses); otherwise anyone could pick the address that rate limits and the audit log see.
 */
@ApplicationScoped
public class ClientAddresses {

    private final List<String> trustedProxies;

    @Inject
    public ClientAddresses(@ConfigProperty(name = "muster.http.trusted-proxies") Optional<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** For CDI's client proxy only. */
    protected ClientAddresses() {
        this.trustedProxies = List.of();
    }

    public boolean isTrustedProxy(String remoteAddress) {
        return trustedProxies.contains(remoteAddress);
    }

    public String resolve(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()
                || !isTrustedProxy(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        // the right-most address not added by one of our own proxies is the client
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
