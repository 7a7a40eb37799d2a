package dev.muster.console.view.devices;

import java.util.UUID;

/**
 * How a device's current credentials were issued, read from the registry's {@code enrolledVia}
 * text ({@code code:<id>}, {@code provisioning-key:<id>}, {@code pre-registered}) so the page can
 * say it in words and link the code or key.
 *
 * @param kind      the bundle suffix: {@code code}, {@code provisioning-key}, {@code pre-registered},
 *                  {@code none} (never enrolled, or reset) or {@code other}
 * @param reference the code's or key's id, when there is one
 */
public record EnrolledVia(String kind, UUID reference) {

    public static EnrolledVia of(String via) {
        if (via == null || via.isBlank()) {
            return new EnrolledVia("none", null);
        }
        if (via.equals("pre-registered")) {
            return new EnrolledVia("pre-registered", null);
        }
        int colon = via.indexOf(':');
        if (colon > 0) {
            String kind = via.substring(0, colon);
            if (kind.equals("code") || kind.equals("provisioning-key")) {
                try {
                    return new EnrolledVia(kind, UUID.fromString(via.substring(colon + 1)));
                } catch (IllegalArgumentException e) {
                    return new EnrolledVia("other", null);
                }
            }
        }
        return new EnrolledVia("other", null);
    }
}
