package dev.muster.console.faces;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.io.Serializable;

/** One page of rows from an API call; serializable because it lives in a view-scoped bean. */
@FunctionalInterface
public interface PageSource<T> extends Serializable {

    Page<T> fetch(PageRequest page);
}
