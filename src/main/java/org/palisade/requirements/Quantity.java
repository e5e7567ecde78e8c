package org.palisade.requirements;

import java.util.Objects;

/** A whole number of units of something (rounds, interceptors, systems); positive. */
public record Quantity(long value, String unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit is required");
        if (value <= 0) {
            throw new IllegalArgumentException("Quantity must be positive (was " + value + " " + unit + ")");
        }
    }

    @Override
    public String toString() {
        return value + " " + unit;
    }
}
