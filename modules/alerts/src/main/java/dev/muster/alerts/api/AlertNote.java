package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional note of an acknowledgement, resolution or reopen; required when adding a note. */
@Schema(name = "AlertNote")
public record AlertNote(@Schema(example = "Power cut at the site, on it") String note) {
}
