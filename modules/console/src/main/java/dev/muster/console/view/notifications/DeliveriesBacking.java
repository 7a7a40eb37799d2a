package dev.muster.console.view.notifications;

import dev.muster.alerts.api.AttemptView;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.DeliveryStatus;
import dev.muster.alerts.api.DeliveryView;
import dev.muster.alerts.api.NotificationChannels;
import dev.muster.alerts.api.NotificationDeliveries;
import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code /notifications/deliveries.xhtml?status=…&channel=…}: the delivery log of the tenant
 * (ADMINs), newest first, paged on the server, filtered by status and channel; a row opens its
 * attempts. Dead letters are retried one by one or as a selection, each through the API's retry
 * (audited); a selected delivery that is no longer dead is reported, not retried.
 */
@Named
@ViewScoped
public class DeliveriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Channels offered in the filter; a tenant with more filters by the link on the channel list. */
    static final int CHANNEL_CHOICES = PageRequest.MAX_LIMIT;
    private static final String PATH = "/notifications/deliveries.xhtml";

    @Inject
    NotificationDeliveries deliveries;

    @Inject
    NotificationChannels channels;

    /** The view parameters: filters as text, so a bad value in the URL is ignored rather than an error page. */
    private String status;
    private String channel;
    private PagedModel<DeliveryView> rows;
    private List<DeliveryView> selected = new ArrayList<>();
    private transient List<ChannelView> channelChoices;

    @PostConstruct
    void init() {
        rows = new PagedModel<>(page -> deliveries.list(statusFilter(), channelFilter(), null, page), DeliveryView::id);
    }

    /** Applies the filters with a fresh GET, so the filtered log has a URL to share or reload. */
    public void search() {
        Feedback.redirect(PATH + query(statusFilter(), channelFilter()));
    }

    public void retry(UUID id) {
        try {
            deliveries.retry(id);
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Feedback.flashInfo("deliveries.retried");
        Feedback.redirect(PATH + query(statusFilter(), channelFilter()));
    }

    public void retrySelected() {
        if (selected.isEmpty()) {
            Feedback.error("deliveries.noneSelected");
            return;
        }
        RetryOutcome outcome = RetryOutcome.of(selected.stream().map(DeliveryView::id).toList(), deliveries::retry);
        if (outcome.retried() == 0) {
            Feedback.error("deliveries.noneRetried", outcome.refusals().get(0));
            return;
        }
        Feedback.flashInfo("deliveries.retriedSelected", outcome.retried(), selected.size());
        outcome.refusals().forEach(refusal -> Feedback.flashError("deliveries.notRetried", refusal));
        Feedback.redirect(PATH + query(statusFilter(), channelFilter()));
    }

    public List<AttemptView> attempts(UUID id) {
        try {
            return deliveries.attempts(id);
        } catch (MusterException refused) {
            return List.of();
        }
    }

    /** PrimeFaces tag severity of a delivery status. */
    public String tag(DeliveryStatus of) {
        return switch (of) {
            case DELIVERED -> "success";
            case QUEUED -> "info";
            case WAITING -> "warning";
            case DEAD -> "danger";
        };
    }

    public List<DeliveryStatus> getStatuses() {
        return List.of(DeliveryStatus.values());
    }

    public List<ChannelView> getChannelChoices() {
        if (channelChoices == null) {
            channelChoices = channels.list(new PageRequest(0, CHANNEL_CHOICES)).items();
        }
        return channelChoices;
    }

    private DeliveryStatus statusFilter() {
        return status(status);
    }

    private UUID channelFilter() {
        return id(channel);
    }

    /** A status typed in the URL, in any case; null for none or an unknown one. */
    static DeliveryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An id in the URL; null for none or a malformed one. */
    static UUID id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The query string of the filters, empty without any. */
    static String query(DeliveryStatus status, UUID channel) {
        String query = (status == null ? "" : "&status=" + status) + (channel == null ? "" : "&channel=" + channel);
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    /**
     * What retrying a selection did: how many were retried, and why the others were not (a
     * delivery retried meanwhile is no longer dead).
     */
    record RetryOutcome(int retried, List<String> refusals) {

        static RetryOutcome of(List<UUID> ids, Consumer<UUID> retry) {
            int retried = 0;
            List<String> refusals = new ArrayList<>();
            for (UUID id : ids) {
                try {
                    retry.accept(id);
                    retried++;
                } catch (MusterException refused) {
                    refusals.add(refused.getMessage());
                }
            }
            return new RetryOutcome(retried, List.copyOf(refusals));
        }
    }

    public PagedModel<DeliveryView> getRows() { return rows; }
    public List<DeliveryView> getSelected() { return selected; }
    public void setSelected(List<DeliveryView> selected) { this.selected = selected == null ? new ArrayList<>() : selected; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
}
