package org.palisade.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Rate tables built in memory, for unit tests of code that converts. */
public final class RatesForTests {

    private RatesForTests() {
    }

    /** A table with no rates: only same-currency and euro amounts convert. */
    public static RateTable none() {
        return new RateTable(Map.of());
    }

    public static RateTable of(String currency, LocalDate date, String unitsPerEur) {
        Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        rates.put(CurrencyCode.of(currency), new TreeMap<>(Map.of(date, new BigDecimal(unitsPerEur))));
        return new RateTable(rates);
    }
}
