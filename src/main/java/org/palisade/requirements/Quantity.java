package org.palisade.requirements;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A whole number of units of something (rounds, interceptors, systems); positive. */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Quantity(@JsonProperty("value") long value,
        @JsonProperty("unit") String unit) {

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
