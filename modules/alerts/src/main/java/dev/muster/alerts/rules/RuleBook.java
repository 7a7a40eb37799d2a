package dev.muster.alerts.rules;

import dev.muster.alerts.api.AlertRules;
import dev.muster.alerts.api.GroupRuleSettings;
import dev.muster.alerts.api.RuleSettings;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rule settings of the caller's tenant and its device groups: members read them, admins change
 * them (audited). Changes take effect at the next flush of heartbeats.
 */
@ApplicationScoped
@Transactional
public class RuleBook implements AlertRules {

    private static final Pattern BSSID = Pattern.compile("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Override
    @Authorized(Role.VIEWER)
    public GroupRuleSettings get() {
        List<AlertRuleSettings> rows = rows();
        RuleSettings tenant = rows.stream().filter(AlertRuleSettings::forTenant).findFirst()
                .map(r -> r.settings().over(RuleSettings.DEFAULTS)).orElse(RuleSettings.DEFAULTS);
        List<GroupRuleSettings.GroupOverride> groups = rows.stream().filter(r -> !r.forTenant())
                .sorted(Comparator.comparing(AlertRuleSettings::groupKey))
                .map(r -> new GroupRuleSettings.GroupOverride(r.groupName(), r.settings())).toList();
        return new GroupRuleSettings(tenant, groups);
    }

    /** Replaces the tenant's settings; absent fields take the defaults. */
    @Override
    @Authorized(Role.ADMIN)
    public GroupRuleSettings putTenant(RuleSettings settings) {
        RuleSettings checked = check(settings == null ? RuleSettings.INHERIT : settings).over(RuleSettings.DEFAULTS);
        row(null).orElseGet(() -> persist(new AlertRuleSettings(callers.caller().tenantId(), null))).set(checked);
        audit.record("alert-rules.updated", "alert-rules", "tenant", describe(checked));
        return get();
    }

    /** Replaces a group's override; absent fields inherit the tenant's. */
    @Override
    @Authorized(Role.ADMIN)
    public GroupRuleSettings putGroup(String group, RuleSettings settings) {
        String name = group(group);
        RuleSettings checked = check(settings == null ? RuleSettings.INHERIT : settings);
        row(name).orElseGet(() -> persist(new AlertRuleSettings(callers.caller().tenantId(), name))).set(checked);
        audit.record("alert-rules.updated", "alert-rules", "group:" + name, describe(checked));
        return get();
    }

    @Override
    @Authorized(Role.ADMIN)
    public GroupRuleSettings deleteGroup(String group) {
        String name = group(group);
        AlertRuleSettings row = row(name).orElseThrow(() -> MusterException.notFound("Group override"));
        em.remove(row);
        audit.record("alert-rules.group-removed", "alert-rules", "group:" + name, "override of " + name + " removed");
        return get();
    }

    private static String group(String group) {
        FieldChecks fields = new FieldChecks();
        String name = fields.line("group", group, AlertRuleSettings.GROUP);
        if (name == null && group != null && group.isBlank()) {
            fields.fail("group", "must not be blank");
        }
        fields.verify();
        return name;
    }

    private List<AlertRuleSettings> rows() {
        return em.createQuery("select s from AlertRuleSettings s", AlertRuleSettings.class).getResultList();
    }

    private Optional<AlertRuleSettings> row(String group) {
        return em.createQuery("select s from AlertRuleSettings s where s.groupKey = :key", AlertRuleSettings.class)
                .setParameter("key", AlertRuleSettings.key(group)).getResultStream().findFirst();
    }

    private AlertRuleSettings persist(AlertRuleSettings row) {
        em.persist(row);
        return row;
    }

    /** Checks the bounds and normalizes the BSSIDs (lower case, colons); null fields stay null. */
    static RuleSettings check(RuleSettings s) {
        FieldChecks fields = new FieldChecks();
        range(fields, "batteryBelowPercent", s.batteryBelowPercent(), 1, 99);
        range(fields, "signalBelowDbm", s.signalBelowDbm(), -150, -1);
        range(fields, "clockSkewAboveSeconds", s.clockSkewAboveSeconds(), 1, 86_400);
        List<String> bssids = null;
        if (s.allowedBssids() != null) {
            if (s.allowedBssids().size() > RuleSettings.MAX_BSSIDS) {
                fields.fail("allowedBssids", "at most " + RuleSettings.MAX_BSSIDS + " access points");
            }
            Set<String> clean = new LinkedHashSet<>();
            for (String bssid : s.allowedBssids()) {
                String normal = bssid == null ? "" : bssid.strip().toLowerCase(Locale.ROOT).replace('-', ':');
                if (!BSSID.matcher(normal).matches()) {
                    fields.fail("allowedBssids", "must be MAC addresses like aa:bb:cc:dd:ee:ff");
                    break;
                }
                clean.add(normal);
            }
            bssids = new ArrayList<>(clean);
        }
        fields.verify();
        return new RuleSettings(s.batteryEnabled(), s.batteryBelowPercent(), s.signalEnabled(), s.signalBelowDbm(),
                s.accessPointEnabled(), bssids, s.clockSkewEnabled(), s.clockSkewAboveSeconds());
    }

    private static void range(FieldChecks fields, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fields.fail(field, "must be from " + min + " to " + max);
        }
    }

    private static String describe(RuleSettings s) {
        return "battery " + onOff(s.batteryEnabled()) + " <" + s.batteryBelowPercent() + " %, signal " + onOff(s.signalEnabled())
                + " <" + s.signalBelowDbm() + " dBm, access point " + onOff(s.accessPointEnabled()) + " ("
                + (s.allowedBssids() == null ? "inherited" : s.allowedBssids().size() + " allowed") + "), clock skew "
                + onOff(s.clockSkewEnabled()) + " >" + s.clockSkewAboveSeconds() + " s";
    }

    private static String onOff(Boolean value) {
        return value == null ? "inherited" : value ? "on" : "off";
    }

    /** Effective settings per tenant and group, for evaluating one flush across tenants (see {@link RuleEvaluation}). */
    static Effective effective(EntityManager em, Set<UUID> tenants) {
        return new Effective(em.createQuery("select s from AlertRuleSettings s where s.tenantId in :tenants", AlertRuleSettings.class)
                .setParameter("tenants", tenants).getResultList());
    }

    /** The settings of some tenants, resolved per device group. */
    static final class Effective {

        private final java.util.Map<UUID, RuleSettings> tenants = new java.util.HashMap<>();
        private final java.util.Map<String, RuleSettings> groups = new java.util.HashMap<>();

        Effective(List<AlertRuleSettings> rows) {
            rows.stream().filter(AlertRuleSettings::forTenant)
                    .forEach(r -> tenants.put(r.tenantId(), r.settings().over(RuleSettings.DEFAULTS)));
            rows.stream().filter(r -> !r.forTenant()).forEach(r -> groups.put(r.tenantId() + "/" + r.groupKey(), r.settings()));
        }

        RuleSettings of(UUID tenant, String group) {
            RuleSettings base = tenants.getOrDefault(tenant, RuleSettings.DEFAULTS);
            RuleSettings override = group == null ? null : groups.get(tenant + "/" + AlertRuleSettings.key(group));
            return override == null ? base : override.over(base);
        }
    }
}
