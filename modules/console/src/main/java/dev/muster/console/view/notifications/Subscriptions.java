package dev.muster.console.view.notifications;

import dev.muster.alerts.api.ChannelView;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A channel's subscription in words, for the channel list. */
final class Subscriptions {

    private Subscriptions() {
    }

    /** The names of enum constants, in order. */
    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /**
     * "Critical, Major · DEVICE_OFFLINE · groups: lab · Opened, Resolved"; an empty dimension reads
     * "all …", and an escalation channel says that it hears reminders and escalations only.
     *
     * @param text the console bundle's text of a key
     */
    static String describe(ChannelView channel, Function<String, String> text) {
        List<String> parts = new ArrayList<>();
        parts.add(channel.severities().isEmpty() ? text.apply("channels.allSeverities")
                : channel.severities().stream().map(s -> text.apply("severity." + s)).collect(Collectors.joining(", ")));
        parts.add(channel.types().isEmpty() ? text.apply("channels.allTypes") : String.join(", ", channel.types()));
        parts.add(channel.groups().isEmpty() ? text.apply("channels.allGroups")
                : text.apply("channels.groupsPrefix") + " " + String.join(", ", channel.groups()));
        parts.add(channel.escalation() ? text.apply("channels.escalationOnly")
                : channel.changes().stream().map(c -> text.apply("alertChange." + c)).collect(Collectors.joining(", ")));
        return String.join(" · ", parts);
    }
}
