package dev.muster.alerts.notifications.delivery;

/**
 * A send that did not succeed: the receiver refused or was unreachable. Checked, because every
 * caller must decide to record and retry it; its message is what the attempt records, so it never
 * holds a secret (no Slack URL, no signing key).
 */
public class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryFailure(String message) {
        super(message);
    }
}
