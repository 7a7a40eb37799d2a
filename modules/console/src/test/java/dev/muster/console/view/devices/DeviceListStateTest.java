package dev.muster.console.view.devices;

import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceStatus;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceListStateTest {

    private static final FilterValues CAMERAS = new FilterValues(DeviceStatus.ACTIVE, "camera", null, null, null, null);

    @Test
    void startsOnTheFirstPageSortedByNameWithoutFilters() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());

        assertThat(state.isFirstPage()).isTrue();
        assertThat(state.after()).isNull();
        assertThat(state.pageNumber()).isEqualTo(1);
        assertThat(state.filter().isEmpty()).isTrue();
        assertThat(state.sort()).isEqualTo(DeviceFilter.Sort.NAME);
        assertThat(state.descending()).isFalse();
        assertThat(state.pageSize()).isEqualTo(DeviceListState.DEFAULT_PAGE_SIZE);
        assertThat(state.toQuery()).isEmpty();
    }

    @Test
    void walksForwardWithTheNextCursorsAndBackWithTheRememberedOnes() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());

        state.next("c1");
        state.next("c2");
        assertThat(state.after()).isEqualTo("c2");
        assertThat(state.pageNumber()).isEqualTo(3);

        state.previous();
        assertThat(state.after()).isEqualTo("c1");
        state.previous();
        assertThat(state.after()).isNull();
        assertThat(state.isFirstPage()).isTrue();
        state.previous();
        assertThat(state.pageNumber()).as("nothing before the first page").isEqualTo(1);
    }

    @Test
    void aLastPageHasNoNextCursorAndStays() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());
        state.next("c1");

        state.next(null);

        assertThat(state.after()).isEqualTo("c1");
        assertThat(state.pageNumber()).isEqualTo(2);
    }

    @Test
    void backToFirstForgetsEveryCursor() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());
        state.next("c1");
        state.next("c2");

        state.first();

        assertThat(state.isFirstPage()).isTrue();
        assertThat(state.pageNumber()).isEqualTo(1);
        state.previous();
        assertThat(state.after()).isNull();
    }

    @Test
    void newFiltersSortOrSizeStartAgainAtTheFirstPageBecauseACursorBelongsToOneOrder() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());
        state.next("c1");

        state.apply(CAMERAS, DeviceFilter.Sort.CREATED, true, 20);

        assertThat(state.isFirstPage()).isTrue();
        assertThat(state.filter()).isEqualTo(CAMERAS);
        assertThat(state.sort()).isEqualTo(DeviceFilter.Sort.CREATED);
        assertThat(state.descending()).isTrue();
        assertThat(state.pageSize()).isEqualTo(20);
    }

    @Test
    void anUnofferedPageSizeFallsBackToTheDefault() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());

        state.apply(FilterValues.NONE, null, false, 5_000);

        assertThat(state.pageSize()).isEqualTo(DeviceListState.DEFAULT_PAGE_SIZE);
        assertThat(state.sort()).isEqualTo(DeviceFilter.Sort.NAME);
    }

    @Test
    void theQueryStringCarriesTheListBackAfterARedirect() {
        DeviceListState state = DeviceListState.fromParameters(Map.of());
        state.apply(new FilterValues(DeviceStatus.REVOKED, "camera", "building a", "site=berlin", "Debian", "lobby & hall"),
                DeviceFilter.Sort.KEY, true, 100);

        String query = state.toQuery();

        assertThat(query).isEqualTo("status=REVOKED&type=camera&group=building+a&tag=site%3Dberlin&os=Debian"
                + "&q=lobby+%26+hall&sort=key&order=desc&size=100");
        DeviceListState back = DeviceListState.fromParameters(parse(query));
        assertThat(back.filter()).isEqualTo(state.filter());
        assertThat(back.sort()).isEqualTo(DeviceFilter.Sort.KEY);
        assertThat(back.descending()).isTrue();
        assertThat(back.pageSize()).isEqualTo(100);
    }

    @Test
    void malformedParametersAreIgnored() {
        DeviceListState state = DeviceListState.fromParameters(Map.of("status", "GONE", "sort", "hostname",
                "order", "sideways", "size", "lots", "type", "  "));

        assertThat(state.filter().isEmpty()).isTrue();
        assertThat(state.sort()).isEqualTo(DeviceFilter.Sort.NAME);
        assertThat(state.descending()).isFalse();
        assertThat(state.pageSize()).isEqualTo(DeviceListState.DEFAULT_PAGE_SIZE);
    }

    @Test
    void statusAndSortAreReadCaseInsensitively() {
        DeviceListState state = DeviceListState.fromParameters(Map.of("status", "reset", "sort", "Created"));

        assertThat(state.filter().status()).isEqualTo(DeviceStatus.RESET);
        assertThat(state.sort()).isEqualTo(DeviceFilter.Sort.CREATED);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
