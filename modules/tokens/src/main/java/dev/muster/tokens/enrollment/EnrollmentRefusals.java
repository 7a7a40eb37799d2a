package dev.muster.tokens.enrollment;

import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;
import java.util.UUID;

/** Records refused enrollments: an audit entry (in the tenant's log when the code was found) and a metric. */
@ApplicationScoped
@Transactional
@AcrossTenants
public class EnrollmentRefusals {

    @Inject
    AuditTrail audit;

    @Inject
    MetricRegistry metrics;

    void record(UUID tenant, MusterException refusal) {
        String reason = refusal.code().name().toLowerCase(Locale.ROOT);
        metrics.counter("muster.enrollment.refusals", new Tag("reason", reason)).inc();
        audit.recordIn(tenant, "enrollment.refused", "enrollment", null, reason + ": " + refusal.getMessage());
    }
}
