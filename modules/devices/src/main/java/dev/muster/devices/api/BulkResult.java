package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param matched devices the selection or filter covers
 * @param changed devices actually changed (0 in a preview; revoking an already revoked device changes nothing)
 */
@Schema(name = "BulkResult")
public record BulkResult(BulkAction action, long matched, long changed, boolean preview) {
}
