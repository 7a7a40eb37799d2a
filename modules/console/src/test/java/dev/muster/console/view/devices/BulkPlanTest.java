package dev.muster.console.view.devices;

import dev.muster.devices.api.BulkAction;
import dev.muster.devices.api.BulkRequest;
import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BulkPlanTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final FilterValues CAMERAS = new FilterValues(DeviceStatus.ACTIVE, "camera", null, null, null, null);

    @Test
    void aSelectionSendsTheIdsAndNoFilter() {
        BulkPlan plan = new BulkPlan(BulkAction.REVOKE, BulkPlan.Scope.SELECTION, List.of(A, B), CAMERAS, "x", "y", "z");

        BulkRequest request = plan.toRequest(true);

        assertThat(request).isEqualTo(new BulkRequest(BulkAction.REVOKE, List.of(A, B), null, null, null, null, true));
    }

    @Test
    void theFilterScopeSendsTheAppliedFilterAndNoIds() {
        BulkPlan plan = new BulkPlan(BulkAction.MOVE_GROUP, BulkPlan.Scope.FILTER, List.of(A), CAMERAS, null, null, " building-b ");

        BulkRequest request = plan.toRequest(false);

        assertThat(request.ids()).isNull();
        assertThat(request.filter()).isEqualTo(new DeviceFilter(DeviceStatus.ACTIVE, "camera", null, null, null, null, null));
        assertThat(request.group()).isEqualTo("building-b");
        assertThat(request.preview()).isFalse();
    }

    @Test
    void anEmptyGroupTakesDevicesOutOfAnyGroup() {
        BulkPlan plan = new BulkPlan(BulkAction.MOVE_GROUP, BulkPlan.Scope.SELECTION, List.of(A), null, null, null, "  ");

        assertThat(plan.toRequest(false).group()).isNull();
    }

    @Test
    void aTagWithoutValueIsSentWithAnEmptyValue() {
        BulkPlan plan = new BulkPlan(BulkAction.TAG, BulkPlan.Scope.SELECTION, List.of(A), null, " outdoor ", null, null);

        assertThat(plan.toRequest(false).tagKey()).isEqualTo("outdoor");
        assertThat(plan.toRequest(false).tagValue()).isEmpty();
    }

    @Test
    void onlyTheInputsOfItsActionBelongToAPlan() {
        BulkPlan untag = new BulkPlan(BulkAction.UNTAG, BulkPlan.Scope.SELECTION, List.of(A), null, "site", "berlin", "g");

        assertThat(untag.tagValue()).isNull();
        assertThat(untag.group()).isNull();
        assertThat(untag).isEqualTo(new BulkPlan(BulkAction.UNTAG, BulkPlan.Scope.SELECTION, List.of(A), CAMERAS, "site", null, null));
    }

    @Test
    void aPlanDiffersFromThePreviewedOneWhenTheSelectionOrAnInputChanged() {
        BulkPlan previewed = new BulkPlan(BulkAction.TAG, BulkPlan.Scope.SELECTION, List.of(A), null, "site", "berlin", null);

        assertThat(new BulkPlan(BulkAction.TAG, BulkPlan.Scope.SELECTION, new ArrayList<>(List.of(A)), null, "site", "berlin", null))
                .isEqualTo(previewed);
        assertThat(new BulkPlan(BulkAction.TAG, BulkPlan.Scope.SELECTION, List.of(A, B), null, "site", "berlin", null))
                .isNotEqualTo(previewed);
        assertThat(new BulkPlan(BulkAction.TAG, BulkPlan.Scope.SELECTION, List.of(A), null, "site", "paris", null))
                .isNotEqualTo(previewed);
        assertThat(new BulkPlan(BulkAction.TAG, BulkPlan.Scope.FILTER, List.of(A), CAMERAS, "site", "berlin", null))
                .isNotEqualTo(previewed);
    }

    @Test
    void revokeAndDeleteAreDangerous() {
        assertThat(new BulkPlan(BulkAction.REVOKE, BulkPlan.Scope.SELECTION, List.of(A), null, null, null, null).dangerous()).isTrue();
        assertThat(new BulkPlan(BulkAction.DELETE, BulkPlan.Scope.SELECTION, List.of(A), null, null, null, null).dangerous()).isTrue();
        assertThat(new BulkPlan(BulkAction.TAG, BulkPlan.Scope.SELECTION, List.of(A), null, "k", "v", null).dangerous()).isFalse();
    }

    @Test
    void aPlanSurvivesSerializationOfTheViewScopedBean() throws IOException {
        BulkPlan plan = new BulkPlan(BulkAction.TAG, BulkPlan.Scope.FILTER, null, CAMERAS, "site", "berlin", null);

        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(plan);
        }
    }
}
