package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to assign an alert to: a member's email; null or blank unassigns it. */
@Schema(name = "AlertAssignment")
public record Assignment(@Schema(example = "bob@acme.example") String assignee) {
}
