package org.palisade.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages, String sort) {

    public static <T> PageOf<T> of(List<T> items, Paging paging, long total) {
        int pages = (int) Math.max(1, (total + paging.size() - 1) / paging.size());
        return new PageOf<>(items, paging.page(), paging.size(), total, pages, paging.sortText());
    }

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(items.stream().map(f).toList(), page, size, totalItems, totalPages, sort);
    }
}
