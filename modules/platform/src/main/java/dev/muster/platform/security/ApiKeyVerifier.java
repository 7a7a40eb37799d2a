package dev.muster.platform.security;

import java.util.Optional;

/** Turns an {@code X-Api-Key} header into the request's caller. */
public interface ApiKeyVerifier {

    /** The key's caller, or empty when the key is unknown, wrong or revoked. */
    Optional<Caller> verify(String presentedKey);
}
