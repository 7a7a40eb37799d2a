package dev.muster.tenants.apikeys;

import dev.muster.tenants.api.ApiKeyScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApiKey")
public record NewApiKey(@Schema(example = "inventory-sync") @NotBlank @Size(max = 120) String name,
                        @Schema(example = "READ_ONLY") @NotNull ApiKeyScope scope) {
}
