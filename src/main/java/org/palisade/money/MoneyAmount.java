package org.palisade.money;

import java.math.BigDecimal;
import org.palisade.platform.Violations;

/** The JSON shape of money in requests and responses: {@code {"amount": "500000000.00", "currency": "EUR"}}. */
public record MoneyAmount(BigDecimal amount, String currency) {

    public static MoneyAmount of(Money money) {
        return money == null ? null : new MoneyAmount(money.amount(), money.currency().code());
    }

    /**
     * Reads a recorded amount (positive, at most 10^13, known currency, no excess decimals); a problem is added
     * to {@code violations} under {@code field} and null returned.
     */
    public Money toRecordedMoney(String field, Violations violations) {
        Money money = toMoney(field, violations);
        if (money == null) {
            return null;
        }
        try {
            return money.requirePositiveAndBounded();
        } catch (IllegalArgumentException e) {
            violations.add(field + ".amount", e.getMessage(), "money.amount.range");
            return null;
        }
    }

    public Money toMoney(String field, Violations violations) {
        if (amount == null) {
            violations.add(field + ".amount", "amount is required", "NotNull");
        }
        CurrencyCode code = null;
        if (currency == null || currency.isBlank()) {
            violations.add(field + ".currency", "currency is required", "NotBlank");
        } else {
            try {
                code = CurrencyCode.of(currency);
            } catch (IllegalArgumentException e) {
                violations.add(field + ".currency", e.getMessage(), "money.currency.unknown");
            }
        }
        if (amount == null || code == null) {
            return null;
        }
        try {
            return new Money(amount, code);
        } catch (IllegalArgumentException e) {
            // the only refusal of a known currency: more decimals than it has
            violations.add(field + ".amount", e.getMessage(), "money.amount.decimals", code.code(), code.minorUnits());
            return null;
        }
    }
}
