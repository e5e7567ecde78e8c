package org.palisade.sustainment;

import java.util.Objects;

/** One platform's use of one consumable per day at each intensity: low ≤ normal ≤ high. */
public record UseRates(DailyRate low, DailyRate normal, DailyRate high) {

    public UseRates {
        Objects.requireNonNull(low, "the low rate is required");
        Objects.requireNonNull(normal, "the normal rate is required");
        Objects.requireNonNull(high, "the high rate is required");
        if (low.perDay().compareTo(normal.perDay()) > 0 || normal.perDay().compareTo(high.perDay()) > 0) {
            throw new IllegalArgumentException("rates must rise with intensity: low " + low.value() + " ≤ normal "
                    + normal.value() + " ≤ high " + high.value());
        }
    }

    public static UseRates of(String low, String normal, String high) {
        return new UseRates(DailyRate.of(low), DailyRate.of(normal), DailyRate.of(high));
    }

    public DailyRate at(Intensity intensity) {
        return switch (intensity) {
            case LOW -> low;
            case NORMAL -> normal;
            case HIGH -> high;
        };
    }
}
