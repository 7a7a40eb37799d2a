package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A tenant's rule settings with the overrides of its device groups.
 *
 * @param tenant the tenant's settings, complete
 * @param groups one override per device group, null fields inherited from {@code tenant}
 */
@Schema(name = "AlertRules")
public record GroupRuleSettings(RuleSettings tenant, List<GroupOverride> groups) {

    @Schema(name = "AlertRuleGroupOverride")
    public record GroupOverride(@Schema(example = "building-a") String group, RuleSettings settings) {
    }
}
