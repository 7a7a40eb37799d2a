package dev.muster.console.session;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Validates where to go after sign-in. Only a path on this site is accepted; anything that a browser
 * could read as another host ({@code //evil}, {@code /\evil}, {@code https://evil}), control
 * characters, dot segments and the sign-in page itself fall back to the dashboard.
 */
public final class SafeRedirects {

    private static final int MAX_LENGTH = 2_000;

    private SafeRedirects() {
    }

    /** @return a context-relative path starting with a single {@code /} */
    public static String afterSignIn(String next) {
        if (next == null || next.isBlank() || next.length() > MAX_LENGTH) {
            return ConsoleAccess.HOME;
        }
        if (!next.startsWith("/") || next.startsWith("//") || next.indexOf('\\') >= 0
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return ConsoleAccess.HOME;
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return ConsoleAccess.HOME;
        }
        String path = uri.getPath();
        if (uri.isAbsolute() || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                || path.startsWith("//") || path.contains("/./") || path.contains("/../") || path.endsWith("/..")
                || path.endsWith("/.") || uri.getRawFragment() != null) {
            return ConsoleAccess.HOME;
        }
        if (path.equals(ConsoleAccess.SIGN_IN) || ConsoleAccess.isPublic(path)) {
            return ConsoleAccess.HOME;
        }
        return next;
    }
}
