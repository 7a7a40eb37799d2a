package dev.muster.console.faces;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table model that asks the server for one page at a time. Sorting and column
 * filters are the API's business (fixed order, filters passed by the backing bean), so PrimeFaces'
 * sort and filter maps are ignored.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A row's key, for PrimeFaces' row identity. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final PageSource<T> source;
    private final RowKey<T> rowKey;

    public PagedModel(PageSource<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return clamp(source.fetch(new PageRequest(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = source.fetch(new PageRequest(first, pageSize));
        setRowCount(clamp(page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream().filter(row -> Objects.equals(getRowKey(row), key)).findFirst().orElse(null);
    }

    static int clamp(long total) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, total));
    }
}
