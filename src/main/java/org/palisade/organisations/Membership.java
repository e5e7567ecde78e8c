package org.palisade.organisations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/** Membership of an alliance from a date (inclusive) until an optional end date (exclusive). */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Membership(
        @JsonProperty("alliance") Alliance alliance,
        @JsonProperty("from") LocalDate from,
        @JsonProperty("to") LocalDate to) {

    public Membership {
        Objects.requireNonNull(alliance, "alliance is required");
        Objects.requireNonNull(from, "from is required");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("Membership must end after it starts (" + from + " to " + to + ")");
        }
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
