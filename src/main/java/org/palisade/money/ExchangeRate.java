package org.palisade.money;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** How many units of {@code currency} one euro bought on {@code date}. */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record ExchangeRate(
        @JsonProperty("currency") CurrencyCode currency,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("unitsPerEur") BigDecimal unitsPerEur,
        @JsonProperty("source") String source) {

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
