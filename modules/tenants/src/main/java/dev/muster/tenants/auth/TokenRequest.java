package dev.muster.tenants.auth;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks for a fresh token, optionally in another tenant the user belongs to. */
@Schema(name = "TokenRequest")
public record TokenRequest(@Schema(example = "acme") @Size(max = 40) String tenant) {
}
