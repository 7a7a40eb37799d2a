package dev.muster.alerts.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.util.List;
import java.util.UUID;

/**
 * The delivery log of the caller's current tenant, for its ADMINs, for the API and the console:
 * what was sent where, its attempts, and the dead letters with their retry (audited). Another
 * tenant's delivery is not found.
 */
public interface NotificationDeliveries {

    /** Deliveries newest first; each filter is optional. */
    Page<DeliveryView> list(DeliveryStatus status, UUID channelId, UUID alertId, PageRequest page);

    DeliveryView get(UUID id);

    /** Every attempt of a delivery, oldest first. */
    List<AttemptView> attempts(UUID id);

    /** Gives a dead letter a fresh round of attempts, queued now; {@code CONFLICT} unless it is DEAD. */
    DeliveryView retry(UUID id);
}
