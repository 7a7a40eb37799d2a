package dev.muster.platform.errors;

import jakarta.ejb.ApplicationException;

import java.time.Duration;
import java.util.List;

/**
 * The one domain exception. It carries a stable {@link ErrorCode}, a human-readable detail, the
 * fields at fault and, for throttling, when to retry. It knows nothing of HTTP; the REST boundary
 * maps it. Thrown from a transactional boundary it rolls the transaction back, so a refused request
 * leaves no half-written state.
 */
@ApplicationException(rollback = true)
public class MusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final List<FieldError> fieldErrors;
    private final Duration retryAfter;

    public MusterException(ErrorCode code, String detail) {
        this(code, detail, List.of(), null);
    }

    public MusterException(ErrorCode code, String detail, List<FieldError> fieldErrors, Duration retryAfter) {
        super(detail);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public static MusterException notFound(String what) {
        return new MusterException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static MusterException invalid(String field, String message) {
        return new MusterException(ErrorCode.VALIDATION_FAILED, field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static MusterException duplicate(String field, String message) {
        return new MusterException(ErrorCode.DUPLICATE, message, List.of(new FieldError(field, message)), null);
    }

    public static MusterException forbidden() {
        return new MusterException(ErrorCode.FORBIDDEN, "Your role does not allow this action");
    }

    public static MusterException throttled(Duration retryAfter) {
        return new MusterException(ErrorCode.TOO_MANY_REQUESTS,
                "Too many attempts; try again in " + seconds(retryAfter) + " s", List.of(), retryAfter);
    }

    /** A wait in whole seconds, rounded up and at least 1: what {@code Retry-After} and the detail both say. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
