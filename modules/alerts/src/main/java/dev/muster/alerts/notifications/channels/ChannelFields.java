package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelLimits;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.errors.FieldChecks;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks what admins write about a channel, collecting every fault with its field. */
class ChannelFields extends FieldChecks {

    private static final Pattern TYPE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*$");

    String name(String value) {
        String name = line("name", value, ChannelLimits.NAME);
        if (name == null) {
            fail("name", "must not be blank");
        }
        return name;
    }

    ChannelKind kind(String value) {
        if (value == null || value.isBlank()) {
            fail("kind", "must be EMAIL, SLACK or WEBHOOK");
            return null;
        }
        try {
            return ChannelKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fail("kind", "must be EMAIL, SLACK or WEBHOOK");
            return null;
        }
    }

    List<String> recipients(List<String> values) {
        if (values == null || values.isEmpty()) {
            fail("recipients", "an email channel needs 1 to " + ChannelLimits.RECIPIENTS + " addresses");
            return List.of();
        }
        if (values.size() > ChannelLimits.RECIPIENTS) {
            fail("recipients", "at most " + ChannelLimits.RECIPIENTS + " addresses");
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = line("recipients[" + i + "]", values.get(i), 254);
            if (value == null) {
                fail("recipients[" + i + "]", "must be an email address");
                continue;
            }
            try {
                InternetAddress address = new InternetAddress(value, true);
                address.validate();
                if (address.getPersonal() != null || !value.equals(address.getAddress())) {
                    throw new AddressException("a bare address");
                }
                clean.add(address.getAddress());
            } catch (AddressException e) {
                fail("recipients[" + i + "]", "must be an email address like oncall@example.com");
            }
        }
        if (String.join("\n", clean).length() > ChannelLimits.RECIPIENTS_TEXT) {
            fail("recipients", "too long altogether");
        }
        return List.copyOf(clean);
    }

    String url(Targets targets, ChannelKind kind, String value) {
        String url = line("url", value, ChannelLimits.URL);
        if (url == null) {
            fail("url", kind == ChannelKind.SLACK ? "the Slack incoming webhook URL is required" : "is required");
            return null;
        }
        String refusal = targets.refusal(kind, url);
        if (refusal != null) {
            fail("url", refusal);
            return null;
        }
        return url;
    }

    Subscription subscription(List<String> severities, List<String> types, List<String> groups, List<String> changes) {
        return new Subscription(enums("severities", severities, Severity.class), codes(types),
                groups(groups), enums("changes", changes, AlertNotice.Change.class));
    }

    private <E extends Enum<E>> Set<E> enums(String field, List<String> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (values == null) {
            return set;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            try {
                set.add(Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                fail(field + "[" + i + "]", "must be one of " + EnumSet.allOf(type));
            }
        }
        return set;
    }

    private Set<String> codes(List<String> values) {
        Set<String> set = new TreeSet<>();
        if (values == null) {
            return set;
        }
        if (values.size() > ChannelLimits.TYPES) {
            fail("types", "at most " + ChannelLimits.TYPES + " types");
            return set;
        }
        for (int i = 0; i < values.size(); i++) {
            String code = matching("types[" + i + "]", values.get(i), ChannelLimits.TYPE, TYPE,
                    "must be an alert type code: letters, digits, . _ -");
            if (code != null) {
                set.add(code);
            }
        }
        return set;
    }

    private Set<String> groups(List<String> values) {
        List<String> list = new ArrayList<>();
        if (values == null) {
            return Set.of();
        }
        if (values.size() > ChannelLimits.GROUPS) {
            fail("groups", "at most " + ChannelLimits.GROUPS + " groups");
            return Set.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String group = line("groups[" + i + "]", values.get(i), ChannelLimits.GROUP);
            if (group != null) {
                list.add(group);
            }
        }
        return Set.copyOf(list);
    }
}
