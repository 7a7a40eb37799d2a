/**
 * The REST boundary's shared pieces: problem+json mapping of every error, the request-size limit,
 * security headers and the caller/tenant filter. Feature modules register nothing of their own
 * here; they throw {@link dev.muster.platform.errors.MusterException}.
 */
package dev.muster.platform.rest;
