package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.ChannelRequest;
import dev.muster.alerts.api.Severity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a channel wants to hear about. An empty set of severities, types or groups means "all"; a
 * notice matches when it matches every dimension. Types compare case-insensitively (they are codes),
 * groups case-insensitively too (people type them). A tenant-wide alert has no group: it matches
 * only channels that do not filter by group.
 *
 * @param changes which alert changes are sent; never empty. By default a new, reopened or resolved
 *                alert; not a repeat (that is what storms are made of) nor an acknowledgement.
 */
public record Subscription(Set<Severity> severities, Set<String> types, Set<String> groups,
                           Set<AlertNotice.Change> changes) {

    public static final Set<AlertNotice.Change> DEFAULT_CHANGES = Set.copyOf(ChannelRequest.DEFAULT_CHANGES);

    public Subscription {
        severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
        types = types.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        groups = groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        changes = changes.isEmpty() ? DEFAULT_CHANGES : Set.copyOf(EnumSet.copyOf(changes));
    }

    public boolean matches(AlertNotice notice) {
        return changes.contains(notice.change()) && matchesAlert(notice.severity(), notice.type(), notice.group());
    }

    /** Whether an alert like this one concerns the channel, whatever happened to it: for reminders and digests. */
    public boolean matchesAlert(Severity severity, String type, String group) {
        return (severities.isEmpty() || severities.contains(severity))
                && (types.isEmpty() || type != null && types.contains(type.toUpperCase(Locale.ROOT)))
                && (groups.isEmpty() || group != null && groups.contains(group.toLowerCase(Locale.ROOT)));
    }

    /** Stored one value a line: group names may hold commas but never line breaks. */
    static String join(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining("\n"));
    }

    static Set<String> split(String stored) {
        return stored == null || stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split("\n")).collect(Collectors.toCollection(TreeSet::new));
    }
}
