package dev.muster.platform.errors;

/**
 * Every error Muster reports, with the HTTP status it maps to. The codes are part of the public
 * API: clients switch on {@link #name()}, so a code is never renamed, only added.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    MALFORMED_REQUEST(400, "The request body cannot be read"),
    AUTHENTICATION_REQUIRED(401, "Authentication is required"),
    INVALID_CREDENTIALS(401, "The email or password is wrong"),
    INVALID_TOKEN(401, "The link or token is not valid"),
    INVALID_ENROLLMENT_CODE(401, "The enrollment code or provisioning key is not valid"),
    TENANT_SUSPENDED(403, "The organisation is suspended"),
    ACCOUNT_DISABLED(403, "The account is disabled"),
    FORBIDDEN(403, "You are not allowed to do this"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "The request conflicts with the current state"),
    DUPLICATE(409, "It already exists"),
    USED_UP(409, "The enrollment code or provisioning key is used up"),
    ALREADY_ENROLLED(409, "The device is already enrolled"),
    EXPIRED(410, "It has expired"),
    REVOKED(410, "It has been revoked"),
    PRECONDITION_FAILED(412, "The resource was changed by someone else"),
    PRECONDITION_REQUIRED(428, "Send If-Match with the ETag you read"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem {@code type} URI; stable, relative to the server. */
    public String type() {
        return "/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
