package org.palisade.platform;

/**
 * A validated page request: page from 0, size 1..200, and an order chosen from the columns a list allows
 * ({@link SortOrder}, so a client never writes SQL). {@code sort=name,desc} style, as Spring Data clients expect.
 */
public record Paging(int page, int size, SortOrder order) {

    public static final int MAX_SIZE = 200;

    /**
     * The API's reading: an unknown sort key, a bad direction, page or size is refused (400, every field named).
     *
     * @param sortable the columns a client may sort by; none given sorts by the first, ascending
     */
    public static Paging of(Integer page, Integer size, String sort, SortOrder.Columns sortable) {
        Violations v = new Violations();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        v.check(p >= 0, "page", "page must be 0 or more (was " + p + ")");
        v.check(s >= 1 && s <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE + " (was " + s + ")");
        SortOrder order = sortable.parse(sort, v);
        v.throwIfAny();
        return new Paging(p, s, order);
    }

    /** A page's reading: the order already read ({@link SortOrder.Columns#read}); a page before the first is the first. */
    public static Paging of(int page, int size, SortOrder order) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + " (was " + size + ")");
        }
        return new Paging(Math.max(page, 0), size, order);
    }

    public String sortKey() {
        return order.key();
    }

    public boolean descending() {
        return order.descending();
    }

    /** The ORDER BY term of the chosen column (the list adds its own tie-breaker). */
    public String orderBy() {
        return order.orderBy();
    }

    /** {@link SortOrder#orderBy(String)}: ties broken by a unique column in the same direction. */
    public String orderBy(String tieBreaker) {
        return order.orderBy(tieBreaker);
    }

    public int offset() {
        return page * size;
    }

    public String sortText() {
        return order.text();
    }
}
