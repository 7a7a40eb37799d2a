package dev.muster.console.view.devices;

import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceStatus;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which page of which device list the page shows: the applied filters, the sort order, the page
 * size and the keyset cursors. The API pages by cursor (the {@code next} of a page is the
 * {@code after} of the following one), so going back means remembering the cursors walked
 * through; changing filter, sort or size starts again at the first page, because a cursor is only
 * valid for the order it came from.
 *
 * <p>The state also travels in the URL ({@link #toQuery()}, {@link #fromParameters}), so the
 * redirect after a bulk action or a pre-registration comes back to the same filtered list.
 */
public final class DeviceListState implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    public static final int DEFAULT_PAGE_SIZE = 50;

    private FilterValues filter = FilterValues.NONE;
    private DeviceFilter.Sort sort = DeviceFilter.Sort.NAME;
    private boolean descending;
    private int pageSize = DEFAULT_PAGE_SIZE;
    /** The {@code after} cursor of every page before the current one, the first page's (null) included. */
    private final Deque<String> previous = new ArrayDeque<>();
    /** The current page's {@code after} cursor; null on the first page. */
    private String after;

    /** The state named by URL query parameters; unknown or malformed values fall back to the defaults. */
    public static DeviceListState fromParameters(Map<String, String> parameters) {
        DeviceListState state = new DeviceListState();
        state.filter = new FilterValues(status(parameters.get("status")), parameters.get("type"), parameters.get("group"),
                parameters.get("tag"), parameters.get("os"), parameters.get("q"));
        DeviceFilter.Sort sort = DeviceFilter.Sort.parse(parameters.get("sort"));
        state.sort = sort == null ? DeviceFilter.Sort.NAME : sort;
        state.descending = "desc".equalsIgnoreCase(parameters.get("order"));
        state.pageSize = pageSize(parameters.get("size"));
        return state;
    }

    /** The query string (without {@code ?}) that {@link #fromParameters} reads back; empty for the defaults. */
    public String toQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            parameters.put("status", filter.status().name());
        }
        parameters.put("type", filter.type());
        parameters.put("group", filter.group());
        parameters.put("tag", filter.tag());
        parameters.put("os", filter.os());
        parameters.put("q", filter.text());
        if (sort != DeviceFilter.Sort.NAME) {
            parameters.put("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        if (descending) {
            parameters.put("order", "desc");
        }
        if (pageSize != DEFAULT_PAGE_SIZE) {
            parameters.put("size", Integer.toString(pageSize));
        }
        return parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** New filters, sort and page size; back to the first page. */
    public void apply(FilterValues newFilter, DeviceFilter.Sort newSort, boolean newDescending, int newPageSize) {
        filter = newFilter == null ? FilterValues.NONE : newFilter;
        sort = newSort == null ? DeviceFilter.Sort.NAME : newSort;
        descending = newDescending;
        pageSize = PAGE_SIZES.contains(newPageSize) ? newPageSize : DEFAULT_PAGE_SIZE;
        first();
    }

    /** Moves to the page that starts after {@code next}, the cursor the current page answered with. */
    public void next(String next) {
        if (next == null) {
            return;
        }
        previous.push(after == null ? "" : after);
        after = next;
    }

    /** Back one page; on the first page nothing changes. */
    public void previous() {
        if (previous.isEmpty()) {
            return;
        }
        String cursor = previous.pop();
        after = cursor.isEmpty() ? null : cursor;
    }

    public void first() {
        previous.clear();
        after = null;
    }

    public boolean isFirstPage() {
        return after == null;
    }

    /** 1 for the first page. */
    public int pageNumber() {
        return previous.size() + 1;
    }

    public FilterValues filter() {
        return filter;
    }

    public DeviceFilter.Sort sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    public int pageSize() {
        return pageSize;
    }

    public String after() {
        return after;
    }

    private static DeviceStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeviceStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int pageSize(String value) {
        try {
            int size = value == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(value.strip());
            return PAGE_SIZES.contains(size) ? size : DEFAULT_PAGE_SIZE;
        } catch (NumberFormatException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }
}
