package dev.muster.alerts.api;

/**
 * The acknowledge links in alert notifications (mail, Slack, webhooks), for the console page they
 * land on. A link names one alert of one tenant and expires; it acknowledges nothing by itself and
 * gives no access: the signed-in user's own rights in that tenant decide, through
 * {@link AlertAcknowledgements}.
 */
public interface AcknowledgeLinks {

    /** The path of the page links land on, relative to the server's public URL; the token follows {@code #}. */
    String PAGE = "/alerts/acknowledge.xhtml";

    /**
     * What the token of a link says. Needs no caller and no transaction, and changes nothing, so a
     * mail scanner that opens the link cannot acknowledge anything.
     */
    AcknowledgeLink read(String token);
}
