package org.palisade.platform;

import java.util.Map;

/**
 * A validated page request: page from 0, size 1..200, and a sort key chosen from the columns a list allows
 * (so a client never writes SQL). {@code sort=name,desc} style, as Spring Data clients expect.
 */
public record Paging(int page, int size, String sortKey, boolean descending, String orderBy) {

    public static final int MAX_SIZE = 200;

    /**
     * @param sortable maps each sort key a client may use to its SQL expression; the first entry is the default
     */
    public static Paging of(Integer page, Integer size, String sort, Map<String, String> sortable) {
        Violations v = new Violations();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        v.check(p >= 0, "page", "page must be 0 or more (was " + p + ")");
        v.check(s >= 1 && s <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE + " (was " + s + ")");
        String key = sortable.keySet().iterator().next();
        boolean desc = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            key = parts[0].trim();
            desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
            v.check(sortable.containsKey(key), "sort",
                    "sort must be one of " + String.join(", ", sortable.keySet()) + " (was '" + key + "')");
            v.check(parts.length == 1 || parts[1].trim().matches("(?i)asc|desc"), "sort",
                    "sort direction must be asc or desc");
        }
        v.throwIfAny();
        return new Paging(p, s, key, desc, sortable.get(key) + (desc ? " DESC" : " ASC"));
    }

    /**
     * Sort keys in order, the first being the default: {@code sortKeys("number", "number", "name", "name")}
     * maps each key a client may send to its SQL expression.
     */
    public static Map<String, String> sortKeys(String... keyThenExpression) {
        if (keyThenExpression.length % 2 != 0) {
            throw new IllegalArgumentException("sort keys come in key/expression pairs");
        }
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyThenExpression.length; i += 2) {
            keys.put(keyThenExpression[i], keyThenExpression[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(keys);
    }

    public int offset() {
        return page * size;
    }

    public String sortText() {
        return sortKey + "," + (descending ? "desc" : "asc");
    }
}
