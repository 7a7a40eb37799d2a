package dev.muster.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Bean Validation for service contracts, called by the service itself so the rules hold for every
 * caller (REST resource, console, another module) and a refusal is the usual
 * {@link MusterException} with one {@link FieldError} per field.
 */
public final class Violations {

    private Violations() {
    }

    public static <T> T check(Validator validator, String name, T value) {
        if (value == null) {
            throw MusterException.invalid(name, "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            throw new MusterException(ErrorCode.VALIDATION_FAILED, detail, errors, null);
        }
        return value;
    }

    /** The dotted property path, without method and parameter nodes ({@code create.request.email} becomes {@code email}). */
    public static String field(Path path) {
        List<Path.Node> nodes = StreamSupport.stream(path.spliterator(), false).toList();
        String properties = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .filter(name -> name != null && !name.isEmpty() && !name.startsWith("<"))
                .collect(Collectors.joining("."));
        if (!properties.isEmpty()) {
            return properties;
        }
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1).getName();
    }
}
