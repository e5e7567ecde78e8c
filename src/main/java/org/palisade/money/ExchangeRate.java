package org.palisade.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** How many units of {@code currency} one euro bought on {@code date}. */
public record ExchangeRate(CurrencyCode currency, LocalDate date, BigDecimal unitsPerEur, String source) {

    public ExchangeRate {
        Objects.requireNonNull(currency, "currency is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(unitsPerEur, "rate is required");
        if (currency.equals(CurrencyCode.EUR)) {
            throw new IllegalArgumentException("EUR is the reference currency; its rate is always 1");
        }
        if (unitsPerEur.signum() <= 0) {
            throw new IllegalArgumentException("Rate must be positive (was " + unitsPerEur.toPlainString() + ")");
        }
    }
}
