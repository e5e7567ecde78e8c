package org.palisade.sources;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** The date a claim is dated to: a day ("2025-08-04") or, when the text names only the month, a month. */
record ClaimDate(LocalDate day, YearMonth month) {

    ClaimDate {
        if ((day == null) == (month == null)) {
            throw new IllegalArgumentException("a claim date is either a day or a month");
        }
    }

    static ClaimDate of(LocalDate day) {
        return new ClaimDate(Objects.requireNonNull(day), null);
    }

    static ClaimDate of(YearMonth month) {
        return new ClaimDate(null, Objects.requireNonNull(month));
    }

    /** Reads "YYYY-MM-DD" or "YYYY-MM". */
    static ClaimDate parse(String text) {
        return text.length() == 7 ? of(YearMonth.parse(text)) : of(LocalDate.parse(text));
    }

    @Override
    public String toString() {
        return day != null ? day.toString() : month.toString();
    }
}
