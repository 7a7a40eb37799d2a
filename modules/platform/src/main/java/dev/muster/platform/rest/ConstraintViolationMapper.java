package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

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
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        String path = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .filter(name -> name != null && !name.isEmpty() && !name.startsWith("<"))
                .collect(Collectors.joining("."));
        if (!path.isEmpty()) {
            return path;
        }
        // a violation on a parameter itself (e.g. a missing body): name the parameter
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1).getName();
    }
}
