package org.palisade.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a list is ordered: one of the columns the list offers, the SQL expression the list wrote for it, and a
 * direction. A list declares its columns once ({@link Columns}); a request's {@code sort=amount,desc} (or
 * {@code sort=amount&dir=desc}) only picks one of them, so request text never reaches SQL.
 */
public record SortOrder(String key, boolean descending, String sql) {

    /** The ORDER BY term: the column's expression and the direction. */
    public String orderBy() {
        return sql + (descending ? " DESC" : " ASC");
    }

    /**
     * The ORDER BY terms with a unique column breaking ties in the same direction: one index on (column, unique
     * column) then serves the order both ways.
     */
    public String orderBy(String tieBreaker) {
        String direction = descending ? " DESC" : " ASC";
        return sql + direction + ", " + tieBreaker + direction;
    }

    /** {@code asc} or {@code desc}. */
    public String direction() {
        return descending ? "desc" : "asc";
    }

    /** As a link or the API carries it: {@code amount,desc}. */
    public String text() {
        return key + "," + direction();
    }

    /**
     * An expression that sorts a status column by the order of its values in the code (the order of a life, not
     * of the alphabet): {@code array_position(ARRAY['PROPOSED', 'OPEN', ...], p.status)}. Only enum names go in.
     */
    public static String inOrderOf(String column, Enum<?>... values) {
        StringBuilder array = new StringBuilder("array_position(CAST(ARRAY[");
        for (int i = 0; i < values.length; i++) {
            array.append(i == 0 ? "" : ", ").append('\'').append(values[i].name()).append('\'');
        }
        return array.append("] AS text[]), CAST(").append(column).append(" AS text))").toString();
    }

    /**
     * The columns a list may be sorted by, each key mapped to the list's own SQL expression; the first is the
     * default of the API. Keys in {@link #descendingFirst} (dates, amounts, numbers) are sorted largest or newest
     * first when their heading is chosen; the others from A.
     */
    public static final class Columns {

        private final Map<String, String> sql;
        private final Set<String> descendingFirst;

        private Columns(Map<String, String> sql, Set<String> descendingFirst) {
            this.sql = Collections.unmodifiableMap(sql);
            this.descendingFirst = Set.copyOf(descendingFirst);
        }

        /** {@code of("number", "p.number", "name", "p.name")}: keys a client may send, each with its expression. */
        public static Columns of(String... keyThenExpression) {
            if (keyThenExpression.length == 0 || keyThenExpression.length % 2 != 0) {
                throw new IllegalArgumentException("sort columns come in key/expression pairs");
            }
            Map<String, String> sql = new LinkedHashMap<>();
            for (int i = 0; i < keyThenExpression.length; i += 2) {
                sql.put(keyThenExpression[i], keyThenExpression[i + 1]);
            }
            return new Columns(sql, Set.of());
        }

        /** The same columns, these sorted from the largest or newest when first chosen. */
        public Columns descendingFirst(String... keys) {
            Set<String> first = new HashSet<>(descendingFirst);
            for (String key : keys) {
                if (!sql.containsKey(key)) {
                    throw new IllegalArgumentException("no sort column " + key);
                }
                first.add(key);
            }
            return new Columns(new LinkedHashMap<>(sql), first);
        }

        public Set<String> keys() {
            return sql.keySet();
        }

        public boolean has(String key) {
            return sql.containsKey(key);
        }

        /** A column the list declared, in this direction. */
        public SortOrder by(String key, boolean descending) {
            if (!sql.containsKey(key)) {
                throw new IllegalArgumentException("no sort column " + key);
            }
            return new SortOrder(key, descending, sql.get(key));
        }

        /** A column in the direction its heading starts with. */
        public SortOrder first(String key) {
            return by(key, descendingFirst.contains(key));
        }

        /** The API's reading: {@code key} or {@code key,asc|desc}; none is the first column ascending; others refused. */
        SortOrder parse(String sort, Violations v) {
            String key = sql.keySet().iterator().next();
            boolean desc = false;
            if (sort != null && !sort.isBlank()) {
                String[] parts = sort.split(",");
                key = parts[0].trim();
                desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
                v.check(sql.containsKey(key), "sort",
                        "sort must be one of " + String.join(", ", sql.keySet()) + " (was '" + key + "')");
                v.check(parts.length == 1 || parts[1].trim().matches("(?i)asc|desc"), "sort",
                        "sort direction must be asc or desc");
            }
            return sql.containsKey(key) ? by(key, desc) : null;
        }

        /**
         * A page's reading, which never fails: {@code sort=key,dir} or {@code sort=key&dir=asc|desc} ({@code dir}
         * wins); a key the list does not offer gives {@code fallback}, a key without a direction its first one.
         */
        public SortOrder read(String sort, String dir, SortOrder fallback) {
            if (sort == null || sort.isBlank()) {
                return fallback;
            }
            String[] parts = sort.strip().toLowerCase(Locale.ROOT).split(",", 2);
            String key = parts[0].strip();
            if (!sql.containsKey(key)) {
                String named = sql.keySet().stream().filter(k -> k.equalsIgnoreCase(parts[0].strip())).findFirst()
                        .orElse(null);
                if (named == null) {
                    return fallback;
                }
                key = named;
            }
            String direction = dir != null && !dir.isBlank() ? dir.strip() : parts.length > 1 ? parts[1].strip() : "";
            return switch (direction.toLowerCase(Locale.ROOT)) {
                case "desc" -> by(key, true);
                case "asc" -> by(key, false);
                default -> first(key);
            };
        }
    }

    /**
     * What a list page's sort headings and its "Sort by" choice show: the current order, the columns the page
     * offers (each with the message key of its heading), and the page's address with its other parameters
     * (filters, search), so that a heading changes only the order; the page number is dropped, as a new order
     * starts at its first page. Templates use it through {@code fragments/sorting}.
     */
    public static final class Links {

        private final SortOrder order;
        private final Columns columns;
        private final Map<String, String> labels;
        private final PageAddress base;

        private Links(SortOrder order, Columns columns, Map<String, String> labels, PageAddress base) {
            this.order = order;
            this.columns = columns;
            this.labels = labels;
            this.base = base;
        }

        /**
         * For the page being answered: {@code of(order, columns, "announced", "contributions.announced", ...)}
         * names the columns the page offers, in the order of the "Sort by" choice, with their headings' keys.
         */
        public static Links of(SortOrder order, Columns columns, String... keyThenLabel) {
            return of(order, columns, PageAddress.current("sort", "dir", "page"), keyThenLabel);
        }

        /**
         * The same for a list at {@code path} that may be answered to another address (a form sent to
         * {@code /imports/dry-run} shows the list again): the links go to {@code path}, with the request's
         * parameters only when it was a request for {@code path} itself.
         */
        public static Links at(String path, SortOrder order, Columns columns, String... keyThenLabel) {
            PageAddress here = PageAddress.current("sort", "dir", "page");
            return of(order, columns, here.path().equals(path) ? here : new PageAddress(path, ""), keyThenLabel);
        }

        static Links of(SortOrder order, Columns columns, PageAddress base, String... keyThenLabel) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i + 1 < keyThenLabel.length; i += 2) {
                if (!columns.has(keyThenLabel[i])) {
                    throw new IllegalArgumentException("no sort column " + keyThenLabel[i]);
                }
                labels.put(keyThenLabel[i], keyThenLabel[i + 1]);
            }
            return new Links(order, columns, labels, base);
        }

        public SortOrder order() {
            return order;
        }

        /** The link of a heading: the same column the other way round, another column in its first direction. */
        public String href(String key) {
            SortOrder next = key.equals(order.key()) ? columns.by(key, !order.descending()) : columns.first(key);
            return base.with("sort", next.text()).href();
        }

        /** {@code aria-sort} of a heading: ascending or descending on the sorted column, none elsewhere. */
        public String ariaSort(String key) {
            return key.equals(order.key()) ? (order.descending() ? "descending" : "ascending") : "none";
        }

        /** The message key of a column's heading. */
        public String label(String key) {
            return labels.get(key);
        }

        /** The address of this list in this order, for its page links ({@code ?page=} added). */
        public String pages() {
            return base.with("sort", order.text()).href();
        }

        /** {@code key,dir} of the current order: the selected "Sort by" choice. */
        public String value() {
            return order.text();
        }

        /** The "Sort by" choices: each offered column in both directions, its first direction first. */
        public List<Choice> choices() {
            List<Choice> choices = new ArrayList<>();
            labels.forEach((key, label) -> {
                SortOrder first = columns.first(key);
                for (SortOrder o : List.of(first, columns.by(key, !first.descending()))) {
                    choices.add(new Choice(o.text(), label, o.descending()));
                }
            });
            return choices;
        }

        /** The page's other parameters, for the hidden fields of the "Sort by" form. */
        public List<Map.Entry<String, String>> kept() {
            return base.parameters();
        }

        /** One "Sort by" option: {@code value} as sent, the column's heading key and the direction. */
        public record Choice(String value, String label, boolean descending) {
        }
    }
}
