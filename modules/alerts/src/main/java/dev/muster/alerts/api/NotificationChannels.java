package dev.muster.alerts.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.util.UUID;

/**
 * The notification channels of the caller's current tenant, for its ADMINs, for the API and the
 * console. Every change is audited in its transaction. Secrets are never in a {@link ChannelView}:
 * a webhook's signing key is only in the {@link CreatedChannel} of its creation or rotation, a
 * Slack URL only as a hint. Another tenant's channel is not found.
 */
public interface NotificationChannels {

    /** Creates a channel; refused with every faulty field named. */
    CreatedChannel create(ChannelRequest request);

    /** The channels by name. */
    Page<ChannelView> list(PageRequest page);

    ChannelView get(UUID id);

    /** Replaces name, switches, recipients and subscription; the kind stays, a null URL keeps the current target. */
    ChannelView replace(UUID id, ChannelRequest request);

    /** Deletes a channel with its delivery log; the audit log keeps the record. */
    void delete(UUID id);

    /** A new signing key for a WEBHOOK channel, in the answer only; the old one stops at once. */
    CreatedChannel rotateSecret(UUID id);

    /** Queues a test notification through the same queue and retries as any other. */
    DeliveryView sendTest(UUID id);
}
