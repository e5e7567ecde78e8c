package org.palisade.organisations;

import java.time.LocalDate;
import java.util.Objects;

/** Membership of an alliance from a date (inclusive) until an optional end date (exclusive). */
public record Membership(Alliance alliance, LocalDate from, LocalDate to) {

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
