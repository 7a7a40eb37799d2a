/**
 * Invitations by email. The token is 256 random bits, stored as its SHA-256 digest, valid for
 * {@code muster.invitations.valid-hours}, usable once; the mail goes through the platform outbox.
 */
package dev.muster.tenants.invitations;
