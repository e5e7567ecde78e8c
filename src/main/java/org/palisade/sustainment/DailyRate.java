package org.palisade.sustainment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many units of a consumable one platform uses per day: zero or more, with at most four decimals (a
 * fire unit may fire an interceptor every other day: 0.5).
 */
public record DailyRate(BigDecimal perDay) {

    public static final int SCALE = 4;
    public static final DailyRate ZERO = new DailyRate(BigDecimal.ZERO);

    public DailyRate {
        Objects.requireNonNull(perDay, "a rate per day is required");
        if (perDay.signum() < 0) {
            throw new IllegalArgumentException("a rate per day cannot be negative (was " + perDay.toPlainString() + ")");
        }
        if (perDay.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("a rate per day has at most " + SCALE + " decimals (was "
                    + perDay.toPlainString() + ")");
        }
        perDay = perDay.stripTrailingZeros();
        if (perDay.scale() < 0) {
            perDay = perDay.setScale(0);
        }
    }

    public static DailyRate of(String perDay) {
        return new DailyRate(new BigDecimal(perDay));
    }

    public boolean isZero() {
        return perDay.signum() == 0;
    }

    @JsonValue
    public String value() {
        return perDay.toPlainString();
    }

    @Override
    public String toString() {
        return perDay.toPlainString() + "/day";
    }
}
