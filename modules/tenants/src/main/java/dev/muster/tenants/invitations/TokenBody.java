package dev.muster.tenants.invitations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TokenBody(@NotBlank @Size(max = 100) String token) {
}
