package org.palisade.money;

import java.time.LocalDate;
import org.palisade.platform.InvalidRequest;

/** No rate on or before the date: a conversion is refused rather than guessed (never a silent 1.0). */
public class MissingRate extends InvalidRequest {

    public MissingRate(CurrencyCode currency, LocalDate date) {
        super("exchangeRate", "No exchange rate for " + currency + " on or before " + date
                + " (EUR reference); record or import one first");
    }
}
