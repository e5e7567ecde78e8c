package org.palisade.money;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.Objects;

/** An ISO 4217 currency that has minor units (funds and metals such as XAU are refused). */
public record CurrencyCode(String code) {

    public static final CurrencyCode EUR = new CurrencyCode("EUR");
    public static final CurrencyCode USD = new CurrencyCode("USD");

    public CurrencyCode {
        Objects.requireNonNull(code, "currency is required");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code such as EUR (was '" + code + "')");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown ISO 4217 currency '" + code + "'");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("Currency '" + code + "' has no minor unit and cannot hold money");
        }
    }

    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    /** Digits after the decimal point, from ISO 4217 (2 for EUR, 0 for JPY, 3 for KWD). */
    public int minorUnits() {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** Written as the bare code ("EUR") wherever a record holding money is serialised, e.g. in the audit trail. */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
