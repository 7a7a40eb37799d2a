package dev.muster.tokens.api;

/** Where an enrollment code or provisioning key stands; derived from its uses, expiry and revocation. */
public enum GrantStatus {
    ACTIVE, USED_UP, EXPIRED, REVOKED
}
