package org.palisade.money;

import java.time.LocalDate;
import org.palisade.platform.InvalidRequest;

/** No rate on or before the date: a conversion is refused rather than guessed (never a silent 1.0). */
public class MissingRate extends InvalidRequest {

    /** The reason in the words of the message bundles, for pages that explain why a figure is missing. */
    public org.springframework.context.MessageSourceResolvable wording() {
        return violations().get(0).wording();
    }

    public MissingRate(CurrencyCode currency, LocalDate date) {
        super("exchangeRate", "No exchange rate for " + currency + " on or before " + date
                + " (EUR reference); record or import one first", "refused.rate.missing", currency.code(),
                date.toString());
    }
}
