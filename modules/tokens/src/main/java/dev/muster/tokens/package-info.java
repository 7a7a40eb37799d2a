/**
 * Enrollment: one-time enrollment codes, provisioning keys for factory images, the enroll endpoint,
 * and device tokens.
 *
 * <p>Other modules use only {@code dev.muster.tokens.api}. Features: {@code codes},
 * {@code provisioning}, {@code enrollment} (the endpoint, its transaction, throttle and record of
 * refusals), {@code devicetokens} (issuing device tokens for a secret, verifying them per request).
 * Devices themselves belong to the {@code devices} module, reached through its api.
 *
 * <p>Decisions: codes (about 30 bits) and keys (256 bits) are stored as HMAC-SHA256 digests under a
 * server key kept outside the database, which finds them with one indexed lookup and makes a copy of
 * the database useless for guessing; bcrypt would protect a 30-bit code no better once its lookup
 * index leaks, and could not be looked up. Online guessing is stopped by three failure budgets (per
 * client, per tenant, server-wide). A use is taken with one conditional UPDATE in the enrollment's
 * transaction, so concurrent enrollments never overspend a code and a refused enrollment spends nothing.
 */
package dev.muster.tokens;
