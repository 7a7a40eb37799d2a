package dev.muster.alerts.api;

import dev.muster.alerts.api.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One page of alerts, newest last occurrence first, in keyset order: pass {@code next} as
 * {@code after} for the following page.
 *
 * @param total              alerts matching the filter
 * @param countsBySeverity   alerts matching the filter apart from its severity, per severity (all five present)
 * @param next               the cursor of the following page, null on the last page
 */
@Schema(name = "AlertList")
public record AlertList(List<AlertView> items, long total, Map<Severity, Long> countsBySeverity, String next) {
}
