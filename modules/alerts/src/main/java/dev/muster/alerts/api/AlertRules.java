package dev.muster.alerts.api;

/**
 * The heartbeat rules' settings of the caller's current tenant and its device groups: members read,
 * ADMINs change (audited). Changes apply from the next flushed heartbeats on.
 */
public interface AlertRules {

    GroupRuleSettings get();

    /** Replaces the tenant's settings; absent fields take the defaults. */
    GroupRuleSettings putTenant(RuleSettings settings);

    /** Replaces a group's override; absent fields inherit the tenant's. */
    GroupRuleSettings putGroup(String group, RuleSettings settings);

    GroupRuleSettings deleteGroup(String group);
}
