package dev.muster.console.faces;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PagedModelTest {

    private final List<Integer> rows = IntStream.range(0, 45).boxed().toList();
    private final List<PageRequest> requests = new ArrayList<>();

    private PagedModel<Integer> model() {
        return new PagedModel<>(page -> {
            requests.add(page);
            int end = Math.min(rows.size(), page.offset() + page.limit());
            List<Integer> items = page.offset() >= rows.size() ? List.of() : rows.subList(page.offset(), end);
            return new Page<>(items, rows.size(), page.offset(), page.limit());
        }, row -> "row-" + row);
    }

    @Test
    void loadsExactlyTheRequestedPageFromTheServer() {
        PagedModel<Integer> model = model();

        List<Integer> page = model.load(40, 20, Map.of(), Map.of());

        assertThat(page).containsExactly(40, 41, 42, 43, 44);
        assertThat(requests).containsExactly(new PageRequest(40, 20));
        assertThat(model.getRowCount()).isEqualTo(45);
    }

    @Test
    void countsWithTheTotalOfAOneRowPage() {
        assertThat(model().count(Map.of())).isEqualTo(45);
        assertThat(requests).containsExactly(new PageRequest(0, 1));
    }

    @Test
    void findsRowsOfTheCurrentPageByKey() {
        PagedModel<Integer> model = model();
        model.setWrappedData(model.load(0, 10, Map.of(), Map.of()));

        assertThat(model.getRowKey(7)).isEqualTo("row-7");
        assertThat(model.getRowData("row-7")).isEqualTo(7);
        assertThat(model.getRowData("row-99")).isNull();
    }

    @Test
    void clampsHugeTotals() {
        assertThat(PagedModel.clamp(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(PagedModel.clamp(-1)).isZero();
    }
}
