package dev.muster.alerts.api;

import dev.muster.alerts.api.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An alert as the API shows it; {@code timeline} is filled when one alert is read, empty in lists.
 *
 * @param resolvedBy a user, an API key, or {@code automatically} when its condition cleared
 */
@Schema(name = "Alert")
public record AlertView(UUID id,
                        UUID deviceId,
                        @Schema(example = "Lobby camera") String deviceName,
                        @Schema(example = "building-a") String deviceGroup,
                        @Schema(example = "DEVICE_OFFLINE") String type,
                        AlertSource source,
                        Severity severity,
                        @Schema(example = "Lobby camera is offline") String message,
                        Map<String, String> details,
                        AlertStatus status,
                        int occurrences,
                        Instant firstOccurredAt,
                        Instant lastOccurredAt,
                        Instant acknowledgedAt,
                        String acknowledgedBy,
                        String acknowledgeNote,
                        Instant resolvedAt,
                        String resolvedBy,
                        String resolveNote,
                        UUID assigneeId,
                        String assigneeName,
                        long version,
                        List<TimelineEntry> timeline) {

    /** One line of the timeline. */
    @Schema(name = "AlertTimelineEntry")
    public record TimelineEntry(Instant at, EntryKind kind, String actor, String note) {
    }
}
