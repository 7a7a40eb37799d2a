package dev.muster.agent.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed options of one command. Construct with the option names the command accepts (those that
 * take a value and those that are flags); every lookup then validates and converts.
 */
public final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags;

    private Options(Set<String> flags) {
        this.flags = flags;
    }

    /**
     * Parses {@code args} (without the command name).
     *
     * @param valued the option names, without dashes, that take a value
     * @param flags  the option names that take none
     */
    public static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
        Options options = new Options(new java.util.HashSet<>());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("Unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                options.flags.add(name);
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.values.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else {
                throw new UsageException("Unknown option --" + name);
            }
        }
        return options;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String required(String name) {
        return string(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    public Optional<Path> path(String name) {
        return string(name).map(Path::of);
    }

    /** An absolute http or https URL without query or fragment; a trailing slash is removed. */
    public URI server(String name) {
        String text = required(name);
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new UsageException("--" + name + " must be an http:// or https:// URL like https://muster.example.org, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--" + name + " is not a valid URL: '" + text + "'");
        }
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public long whole(String name, long min, long max, long fallback) {
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            if (has(name)) {
                throw new UsageException("--" + name + " needs a value");
            }
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + text.get() + "'");
        }
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A decimal number in {@code [min, max]}, or {@code fallback} when absent. */
    public double decimal(String name, double min, double max, double fallback) {
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + text.get() + "'");
        }
        if (!(value >= min && value <= max)) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + text.get());
        }
        return value;
    }

    /** Exactly one of two options must be given; returns which one with its value. */
    public Map.Entry<String, String> exactlyOne(String first, String second) {
        Optional<String> a = string(first);
        Optional<String> b = string(second);
        if (a.isPresent() == b.isPresent()) {
            throw new UsageException("Give either --" + first + " or --" + second + (a.isPresent() ? ", not both" : ""));
        }
        return a.map(v -> Map.entry(first, v)).orElseGet(() -> Map.entry(second, b.get()));
    }
}
