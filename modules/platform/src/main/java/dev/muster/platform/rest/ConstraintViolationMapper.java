package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation failures become 400 with one entry per field. The field is the property path
 * without the method and parameter prefix ({@code create.request.email} becomes {@code email}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(ErrorCode.VALIDATION_FAILED, detail, errors, null);
    }

    static String field(ConstraintViolation<?> violation) {
        return Violations.field(violation.getPropertyPath());
    }
}
