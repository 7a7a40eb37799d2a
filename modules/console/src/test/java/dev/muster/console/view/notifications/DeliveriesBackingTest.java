package dev.muster.console.view.notifications;

import dev.muster.alerts.api.DeliveryStatus;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveriesBackingTest {

    private static final UUID CHANNEL = UUID.fromString("3f0c1a2e-5d7b-4c1e-9a0f-1b2c3d4e5f60");

    @Test
    void filtersFromTheUrlAreReadLeniently() {
        assertThat(DeliveriesBacking.status("dead")).isEqualTo(DeliveryStatus.DEAD);
        assertThat(DeliveriesBacking.status(" WAITING ")).isEqualTo(DeliveryStatus.WAITING);
        assertThat(DeliveriesBacking.status("lost")).as("an unknown status filters nothing").isNull();
        assertThat(DeliveriesBacking.status("")).isNull();
        assertThat(DeliveriesBacking.id(CHANNEL.toString())).isEqualTo(CHANNEL);
        assertThat(DeliveriesBacking.id("not-an-id")).isNull();
        assertThat(DeliveriesBacking.id(null)).isNull();
    }

    @Test
    void theFiltersMakeTheQueryOfTheUrl() {
        assertThat(DeliveriesBacking.query(null, null)).isEmpty();
        assertThat(DeliveriesBacking.query(DeliveryStatus.DEAD, null)).isEqualTo("?status=DEAD");
        assertThat(DeliveriesBacking.query(null, CHANNEL)).isEqualTo("?channel=" + CHANNEL);
        assertThat(DeliveriesBacking.query(DeliveryStatus.QUEUED, CHANNEL)).isEqualTo("?status=QUEUED&channel=" + CHANNEL);
    }

    @Test
    void retryingASelectionRetriesEachAndReportsTheOnesThatWereNoLongerDead() {
        UUID dead = UUID.randomUUID();
        UUID retriedMeanwhile = UUID.randomUUID();
        UUID alsoDead = UUID.randomUUID();
        List<UUID> retried = new ArrayList<>();

        DeliveriesBacking.RetryOutcome outcome = DeliveriesBacking.RetryOutcome.of(List.of(dead, retriedMeanwhile, alsoDead), id -> {
            if (id.equals(retriedMeanwhile)) {
                throw new MusterException(ErrorCode.CONFLICT, "Only a dead delivery can be retried; this one is QUEUED");
            }
            retried.add(id);
        });

        assertThat(retried).containsExactly(dead, alsoDead);
        assertThat(outcome.retried()).isEqualTo(2);
        assertThat(outcome.refusals()).containsExactly("Only a dead delivery can be retried; this one is QUEUED");
    }
}
