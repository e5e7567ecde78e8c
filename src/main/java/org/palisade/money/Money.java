package org.palisade.money;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in a currency, held at exactly the currency's ISO 4217 minor units.
 *
 * <p>Rounding rule: amounts entered by people are never rounded: more decimals than the currency has is
 * refused. HALF_EVEN (banker's rounding, which does not drift upwards over many sums) is applied only when a
 * value is converted to another currency or shown rounded.
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Money(@JsonProperty("amount") BigDecimal amount,
        @JsonProperty("currency") CurrencyCode currency) implements Comparable<Money> {

    /** The largest amount a single record may hold: 10^13 in its currency. */
    public static final BigDecimal MAX = new BigDecimal("10000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        if (amount.stripTrailingZeros().scale() > currency.minorUnits()) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more decimals than "
                    + currency + " allows (" + currency.minorUnits() + ")");
        }
        amount = amount.setScale(currency.minorUnits(), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
    }

    public static Money of(BigDecimal amount, CurrencyCode currency) {
        return new Money(amount, currency);
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** A money value rounded HALF_EVEN to the currency's minor units: for converted or computed values only. */
    public static Money rounded(BigDecimal exact, CurrencyCode currency) {
        return new Money(exact.setScale(currency.minorUnits(), RoundingMode.HALF_EVEN), currency);
    }

    /** Checks the bounds a recorded amount must keep: positive and at most 10^13. */
    public Money requirePositiveAndBounded() {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Amount must be positive (was " + this + ")");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Amount must be at most 10^13 " + currency + " (was " + this + ")");
        }
        return this;
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + this + " with " + other + ": convert first");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
