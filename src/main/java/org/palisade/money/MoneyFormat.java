package org.palisade.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Shows money to a person in their language: digits grouped and the decimal mark as the locale writes them,
 * always with the ISO 4217 code, so an amount is never read in the wrong currency ("500,000,000.00 EUR",
 * "500 000 000,00 EUR"). Available in templates as {@code #money}.
 */
public final class MoneyFormat {

    private final Locale locale;

    public MoneyFormat(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** The full amount at the currency's minor units; an empty string for no amount. */
    public String format(Money money) {
        if (money == null) {
            return "";
        }
        return number(money.amount(), money.currency().minorUnits()) + " " + money.currency().code();
    }

    /** An amount kept as a number and a code (as read models often hold it). */
    public String format(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        CurrencyCode code = CurrencyCode.of(currency);
        // HALF_EVEN: the documented rule for values shown rounded
        return format(Money.rounded(amount, code));
    }

    /**
     * Whole units only, for totals in tables and charts where cents are noise ("578,000,000 USD"); HALF_EVEN
     * as for every shown rounding.
     */
    public String whole(Money money) {
        if (money == null) {
            return "";
        }
        return number(money.amount().setScale(0, RoundingMode.HALF_EVEN), 0) + " " + money.currency().code();
    }

    private String number(BigDecimal amount, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }
}
