package org.palisade.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Rates loaded once for a piece of work (a page, a coverage computation), so converting many amounts costs
 * one query, not one per amount.
 *
 * <p>Conversion rule: amount ÷ (units per EUR of the source on its date) × (units per EUR of the target on
 * the same date), computed with 34 significant digits and rounded once, HALF_EVEN, to the target's minor
 * units. The rate of a date is the one published on it or the last one before it.
 */
public final class RateTable {

    private final Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>> rates;

    RateTable(Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>> rates) {
        this.rates = rates;
    }

    public Money convert(Money money, CurrencyCode target, LocalDate date) {
        if (money.currency().equals(target)) {
            return money;
        }
        BigDecimal inEur = money.amount().divide(unitsPerEur(money.currency(), date), MathContext.DECIMAL128);
        return Money.rounded(inEur.multiply(unitsPerEur(target, date), MathContext.DECIMAL128), target);
    }

    /** The converted amount, or empty when a rate of either currency is missing on that date. */
    public Optional<Money> converted(Money money, CurrencyCode target, LocalDate date) {
        if (!money.currency().equals(target) && (!has(money.currency(), date) || !has(target, date))) {
            return Optional.empty();
        }
        return Optional.of(convert(money, target, date));
    }

    private boolean has(CurrencyCode currency, LocalDate date) {
        if (currency.equals(CurrencyCode.EUR)) {
            return true;
        }
        NavigableMap<LocalDate, BigDecimal> series = rates.get(currency);
        return series != null && series.floorKey(date) != null;
    }

    public BigDecimal unitsPerEur(CurrencyCode currency, LocalDate date) {
        if (currency.equals(CurrencyCode.EUR)) {
            return BigDecimal.ONE;
        }
        NavigableMap<LocalDate, BigDecimal> series = rates.get(currency);
        Map.Entry<LocalDate, BigDecimal> entry = series == null ? null : series.floorEntry(date);
        if (entry == null) {
            throw new MissingRate(currency, date);
        }
        return entry.getValue();
    }
}
