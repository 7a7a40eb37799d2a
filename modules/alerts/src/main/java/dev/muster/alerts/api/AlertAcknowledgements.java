package dev.muster.alerts.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Acknowledgement for callers outside the alert lifecycle, such as the page an acknowledge link in a
 * mail lands on. Both methods act in the current tenant, as the signed-in user; another tenant's
 * alert is not found.
 */
public interface AlertAcknowledgements {

    /** The alert, if it exists in the current tenant. */
    Optional<AlertSummary> find(UUID alertId);

    /**
     * Acknowledges the alert as the current user with an optional note, audited and noticed like an
     * acknowledgement through the API. An alert already acknowledged or resolved is returned
     * unchanged. Unknown: the domain's not-found error.
     */
    AlertSummary acknowledge(UUID alertId, String note);
}
