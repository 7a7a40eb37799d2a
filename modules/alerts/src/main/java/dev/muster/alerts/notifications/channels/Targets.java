package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.ChannelKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs a channel may send to. Without {@code muster.notifications.allow-insecure-targets}
 * only {@code https} to public addresses, and Slack only to Slack's webhook hosts: a tenant admin
 * must not be able to make the server call into its own network (cloud metadata, loopback admin
 * ports). The check runs when a URL is saved (on the literal host) and again before every send (on
 * every address the name resolves to), so a name that later points inward is refused too.
 */
@ApplicationScoped
public class Targets {

    static final Set<String> SLACK_HOSTS = Set.of("hooks.slack.com", "hooks.slack-gov.com");

    @Inject
    @ConfigProperty(name = "muster.notifications.allow-insecure-targets", defaultValue = "false")
    boolean allowInsecure;

    Targets() {
    }

    Targets(boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    /** Why {@code url} is not an acceptable target for {@code kind}, or null when it is. */
    String refusal(ChannelKind kind, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be an absolute http(s) URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return "must be an absolute http(s) URL without user info or fragment";
        }
        if (allowInsecure) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "must use https";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (kind == ChannelKind.SLACK && !SLACK_HOSTS.contains(host)) {
            return "must be a Slack incoming webhook URL (https://hooks.slack.com/services/…)";
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || isLiteralAddress(host) && !isPublic(literal(host))) {
            return "must not point to a loopback, private or link-local address";
        }
        return null;
    }

    /**
     * Refuses, before a send, a target whose name resolves to an address that is not public.
     *
     * @throws IOException naming the refusal, recorded as the attempt's error
     */
    public void checkBeforeSend(URI uri) throws IOException {
        if (allowInsecure) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    throw new IOException("refused: " + uri.getHost() + " resolves to a non-public address");
                }
            }
        } catch (UnknownHostException e) {
            throw new IOException("unknown host " + uri.getHost(), e);
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 are not reachable public hosts either
        return !(first == 100 && second >= 64 && second < 128) && first != 0;
    }

    private static boolean isLiteralAddress(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    private static InetAddress literal(String host) {
        try {
            // a literal address is parsed, never looked up
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(host, e);
        }
    }
}
