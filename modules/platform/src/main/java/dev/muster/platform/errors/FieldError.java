package dev.muster.platform.errors;

/** One invalid input: the field (a JSON pointer-like dotted path) and why it was refused. */
public record FieldError(String field, String message) {
}
