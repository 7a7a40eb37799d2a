package dev.muster.platform.paging;

import dev.muster.platform.errors.MusterException;

/** Which page to fetch: {@code limit} is clamped to 1..{@value #MAX_LIMIT}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    /**
     * A {@code limit} query parameter of a keyset list: 0 (the default) when absent, refused naming
     * {@code limit} unless a number from 1 to {@value #MAX_LIMIT}.
     */
    public static int limitParameter(String limit) {
        if (limit == null || limit.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw MusterException.invalid("limit", "must be a number from 1 to " + MAX_LIMIT);
    }

    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }
}
