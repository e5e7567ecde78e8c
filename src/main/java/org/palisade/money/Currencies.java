package org.palisade.money;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one list of currencies the forms offer: the coalition's usual currencies that can be converted, that is
 * EUR (the reference) and every currency with a recorded rate. Any ISO 4217 code may still be typed; a pledge
 * in a currency without a rate is recorded, and the page says at once that it is not counted in totals until
 * someone records a rate. Templates use it as {@code @currencies}.
 */
@Service
public class Currencies {

    /** Currencies contributors of the coalition usually announce money in, in the order forms suggest them. */
    public static final List<String> USUAL = List.of("USD", "EUR", "GBP", "CAD", "NOK", "SEK", "DKK", "PLN", "AUD",
            "NZD", "JPY", "CHF");

    private final ExchangeRateRepository rates;

    Currencies(ExchangeRateRepository rates) {
        this.rates = rates;
    }

    /** The usual currencies that can be converted, then any other currency with a rate. */
    @Transactional(readOnly = true)
    public List<String> convertible() {
        Set<String> withRates = rates.currenciesWithRates();
        java.util.List<String> offered = new java.util.ArrayList<>(USUAL.stream()
                .filter(c -> c.equals(CurrencyCode.EUR.code()) || withRates.contains(c)).toList());
        withRates.stream().filter(c -> !offered.contains(c)).sorted().forEach(offered::add);
        return offered;
    }

    /** The usual currencies no amount can be converted from yet, for the form's hint. */
    @Transactional(readOnly = true)
    public List<String> withoutRate() {
        Set<String> withRates = rates.currenciesWithRates();
        return USUAL.stream().filter(c -> !c.equals(CurrencyCode.EUR.code()) && !withRates.contains(c)).toList();
    }

    /** Whether amounts in this currency can be converted (on some date: each conversion uses its own date). */
    @Transactional(readOnly = true)
    public boolean convertible(String currency) {
        return currency != null && (currency.equals(CurrencyCode.EUR.code())
                || rates.currenciesWithRates().contains(currency));
    }
}
