package dev.muster.tokens.enrollment;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Optional;

/**
 * Where devices enroll. Checks the throttle, runs the enrollment in its own transaction and, when
 * it is refused, records the refusal afterwards in a transaction of its own (the enrollment's was
 * rolled back): failures are counted, throttled, audited and visible in metrics
 * ({@code muster_enrollment_refusals_total{reason}}).
 */
@ApplicationScoped
public class EnrollmentDesk {

    @Inject
    Enrollments enrollments;

    @Inject
    EnrollmentRefusals refusals;

    @Inject
    EnrollmentThrottle throttle;

    @Inject
    CallerContext callers;

    @Inject
    MetricRegistry metrics;

    public EnrollResponse enroll(EnrollRequest request) {
        EnrollRequest checked = requireOneGrant(request);
        boolean byCode = checked.code() != null;
        String address = callers.clientAddress();
        Optional<Duration> wait = throttle.blocked(address, byCode);
        if (wait.isPresent()) {
            MusterException throttled = MusterException.throttled(wait.get());
            refusals.record(null, throttled);
            throw throttled;
        }
        Enrollments.Attempt attempt = new Enrollments.Attempt();
        try {
            EnrollResponse enrolled = enrollments.enroll(checked, attempt);
            metrics.counter("muster.enrollments", new Tag("with", byCode ? "code" : "provisioning-key")).inc();
            return enrolled;
        } catch (MusterException e) {
            if (attempt.isFailure()) {
                throttle.failed(address, attempt.tenant(), attempt.isUnknownCode());
            }
            if (e.code() != ErrorCode.VALIDATION_FAILED) {
                refusals.record(attempt.tenant(), e);
            }
            throw e;
        }
    }

    private static EnrollRequest requireOneGrant(EnrollRequest request) {
        if (request == null) {
            throw MusterException.invalid("code", "send an enrollment code or a provisioning key");
        }
        boolean code = request.code() != null && !request.code().isBlank();
        boolean key = request.provisioningKey() != null && !request.provisioningKey().isBlank();
        if (code == key) {
            FieldChecks fields = new FieldChecks();
            String message = code ? "send either a code or a provisioning key, not both" : "send an enrollment code or a provisioning key";
            fields.fail("code", message);
            fields.fail("provisioningKey", message);
            fields.verify();
        }
        return code ? new EnrollRequest(request.code(), null, request.deviceKey(), request.name(), request.type(), request.info())
                : new EnrollRequest(null, request.provisioningKey(), request.deviceKey(), request.name(), request.type(), request.info());
    }
}
