/**
 * Domain errors, free of HTTP: {@link dev.muster.platform.errors.ErrorCode} lists every error with
 * its status, {@link dev.muster.platform.errors.MusterException} carries one. The mapping to
 * problem+json lives in {@code dev.muster.platform.rest} and nowhere else.
 */
package dev.muster.platform.errors;
