package dev.muster.console.view.devices;

import dev.muster.console.faces.KeyValueLines;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceBackingTest {

    @Test
    void theApisErrorsOnSingleTagsAndAttributesGoToTheirTextAreas() {
        var inputs = DeviceBacking.inputsFor(KeyValueLines.parse("site=berlin\nfloor=3"), KeyValueLines.parse("rack=R12"));

        assertThat(inputs).containsEntry("tags.site", "tags").containsEntry("tags.floor", "tags")
                .containsEntry("attributes.rack", "attributes").hasSize(3);
    }

    @Test
    void onlyAWellFormedIdNamesADevice() {
        UUID id = UUID.randomUUID();

        assertThat(DeviceBacking.parse(id.toString())).isEqualTo(id);
        assertThat(DeviceBacking.parse(" " + id + " ")).isEqualTo(id);
        assertThat(DeviceBacking.parse("42")).isNull();
        assertThat(DeviceBacking.parse("")).isNull();
        assertThat(DeviceBacking.parse(null)).isNull();
    }
}
