package org.palisade.audit;

import org.palisade.platform.Violations;

/**
 * Which page of a history to read: {@code number} counts from 0, {@code size} entries per page (1 to 100).
 */
public record Paging(int number, int size) {

    public static final int MAX_SIZE = 100;

    public Paging {
        new Violations()
                .check(number >= 0, "page", "Page must be 0 or more (was " + number + ")")
                .check(size >= 1 && size <= MAX_SIZE, "size",
                        "Page size must be between 1 and " + MAX_SIZE + " (was " + size + ")")
                .throwIfAny();
    }

    public static Paging first(int size) {
        return new Paging(0, size);
    }

    long offset() {
        return (long) number * size;
    }
}
