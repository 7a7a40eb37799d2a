package dev.muster.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {

    @Test
    void limitsAreClampedAndDefaulted() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT));
        assertThat(PageRequest.of(-5, 10_000)).isEqualTo(new PageRequest(0, PageRequest.MAX_LIMIT));
        assertThat(PageRequest.of(40, 0).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPosition() {
        Page<Integer> page = new Page<>(List.of(1, 2), 12, 10, 2);
        assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 12, 10, 2));
    }
}
