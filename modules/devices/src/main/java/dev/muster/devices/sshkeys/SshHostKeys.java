package dev.muster.devices.sshkeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SSH host keys an admin pins for a device, in {@code ssh-keyscan} output format.
 *
 * <p>The list is never empty (clearing the keys is a separate operation, so an empty submission is
 * more likely a mistake) and holds at most {@value #MAX_KEYS} keys.
 *
 * @param keys the host keys, in input order; stored as an unmodifiable copy
 */
public record SshHostKeys(List<HostKey> keys) {

    /** A host has a handful of keys; the bound keeps a single device from storing arbitrary data. */
    public static final int MAX_KEYS = 50;
    /** Room for {@value #MAX_KEYS} large RSA keys, yet bounds the work on hostile input. */
    public static final int MAX_TEXT_LENGTH = 64 * 1024;

    private static final Pattern SEPARATOR = Pattern.compile("[ \t]+");
    private static final String LINE_FORMAT = "expected '<hosts> <type> <base64> [comment]'";
    private static final String EMPTY = "no host keys given: expected one '<hosts> <type> <base64>' line per key";
    private static final String TOO_MANY = "too many host keys: at most " + MAX_KEYS;

    /**
     * @param keys the host keys
     * @throws InvalidSshKeyException if there are no keys or more than {@value #MAX_KEYS}
     */
    public SshHostKeys {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new InvalidSshKeyException(EMPTY);
        }
        if (keys.size() > MAX_KEYS) {
            throw new InvalidSshKeyException(TOO_MANY);
        }
    }

    /**
     * Parses text as printed by {@code ssh-keyscan}: one {@code <hosts> <type> <base64> [comment]} line per
     * key. Blank lines and lines starting with {@code #} are skipped; every other line must be a valid host
     * key. {@code known_hosts} marker lines ({@code @cert-authority}, {@code @revoked}) are refused because
     * they change what a key means rather than pin it.
     *
     * @param text the submitted text, at most {@value #MAX_TEXT_LENGTH} characters
     * @return the validated keys
     * @throws InvalidSshKeyException with a client-facing reason, prefixed by {@code line N:} where it
     *                                concerns a single line
     */
    public static SshHostKeys parse(String text) {
        if (text == null) {
            throw new InvalidSshKeyException(EMPTY);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSshKeyException("host key list is too long: at most " + MAX_TEXT_LENGTH + " characters");
        }
        List<String> lines = text.lines().toList();
        var keys = new ArrayList<HostKey>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (keys.size() == MAX_KEYS) {
                    throw new InvalidSshKeyException(TOO_MANY);
                }
                keys.add(parseLine(line));
            } catch (InvalidSshKeyException e) {
                throw new InvalidSshKeyException("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new SshHostKeys(keys);
    }

    /** @return one {@code hosts type base64} line per key, each ending in {@code \n}; key comments are dropped */
    public String text() {
        return keys.stream()
                .map(k -> k.hosts() + " " + k.key().type() + " " + k.key().base64() + "\n")
                .collect(Collectors.joining());
    }

    private static HostKey parseLine(String line) {
        if (line.startsWith("@")) {
            throw new InvalidSshKeyException("marker lines such as @cert-authority and @revoked are not supported: list plain host keys only");
        }
        String[] fields = SEPARATOR.split(line, 2);
        if (fields.length < 2) {
            throw new InvalidSshKeyException(LINE_FORMAT);
        }
        if (SshPublicKey.isSupportedType(fields[0])) {
            throw new InvalidSshKeyException("host names are missing: " + LINE_FORMAT);
        }
        return new HostKey(fields[0], SshPublicKey.parse(fields[1]));
    }

    /**
     * One pinned key and the hosts it is pinned for.
     *
     * <p>{@code hosts} is what {@code ssh-keyscan} prints: a comma-separated list of host names, IPv4 or
     * IPv6 addresses and {@code [host]:port} forms, or a single hashed {@code |1|salt|hash} entry
     * ({@code ssh-keyscan -H}). Wildcards and negations, valid elsewhere in {@code known_hosts}, are refused:
     * they would pin a key for hosts nobody scanned. Addresses are checked for shape and character set, not
     * resolved, so validation never depends on DNS.
     *
     * @param hosts the host list, at most {@value #MAX_HOSTS_LENGTH} characters
     * @param key   the host's public key
     */
    public record HostKey(String hosts, SshPublicKey key) {

        /** Far above any real host list, yet keeps a single entry from storing arbitrary data. */
        public static final int MAX_HOSTS_LENGTH = 1024;

        private static final String LABEL = "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?";
        private static final String HOST = LABEL + "(?:\\." + LABEL + ")*|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}";
        private static final Pattern PLAIN = Pattern.compile(HOST);
        private static final Pattern WITH_PORT = Pattern.compile("\\[(?:" + HOST + ")]:([0-9]{1,5})");
        /** HMAC-SHA1 salt and hash, 20 bytes each, in base64. */
        private static final Pattern HASHED = Pattern.compile("\\|1\\|[A-Za-z0-9+/]{27}=\\|[A-Za-z0-9+/]{27}=");

        /**
         * @param hosts the host list
         * @param key   the host's public key
         * @throws InvalidSshKeyException if {@code hosts} is not a valid host list
         */
        public HostKey {
            Objects.requireNonNull(key, "key");
            if (hosts == null || hosts.length() > MAX_HOSTS_LENGTH) {
                throw new InvalidSshKeyException("host list must have 1 to " + MAX_HOSTS_LENGTH + " characters");
            }
            if (!HASHED.matcher(hosts).matches() && !Arrays.stream(hosts.split(",", -1)).allMatch(HostKey::isHost)) {
                throw new InvalidSshKeyException("invalid host list: expected comma-separated host names, IP addresses"
                        + " or [host]:port, or a single hashed |1|salt|hash entry");
            }
        }

        private static boolean isHost(String entry) {
            if (PLAIN.matcher(entry).matches()) {
                return true;
            }
            var matcher = WITH_PORT.matcher(entry);
            if (!matcher.matches()) {
                return false;
            }
            int port = Integer.parseInt(matcher.group(1));
            return port >= 1 && port <= 65_535;
        }
    }
}
