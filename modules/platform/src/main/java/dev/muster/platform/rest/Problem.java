package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is Muster's stable error code and {@code errors}
 * names each offending field. Never carries a stack trace, class name or SQL.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "/problems/validation-failed") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "email: must be a well-formed email address") String detail,
        @Schema(example = "VALIDATION_FAILED") String code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, List<FieldError> errors) {
        return new Problem(code.type(), code.title(), code.status(), detail, code.name(), List.copyOf(errors));
    }
}
