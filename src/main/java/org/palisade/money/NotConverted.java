package org.palisade.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Money that cannot be converted yet because no rate of its currency exists on or before its date: shown
 * beside a total instead of being dropped from it or converted at 1.0.
 *
 * @param amount        the sum in its own currency
 * @param contributions how many amounts it adds up
 * @param since         the earliest date among them (the date whose rate is needed)
 */
public record NotConverted(Money amount, int contributions, LocalDate since) {

    public NotConverted plus(NotConverted other) {
        return new NotConverted(amount.plus(other.amount), contributions + other.contributions,
                since.isBefore(other.since) ? since : other.since);
    }

    /** One entry per currency, largest count first, then by currency code. */
    public static List<NotConverted> perCurrency(List<NotConverted> amounts) {
        Map<CurrencyCode, NotConverted> byCurrency = new LinkedHashMap<>();
        amounts.forEach(a -> byCurrency.merge(a.amount().currency(), a, NotConverted::plus));
        List<NotConverted> result = new ArrayList<>(byCurrency.values());
        result.sort(Comparator.comparing((NotConverted n) -> n.amount().currency().code()));
        return List.copyOf(result);
    }
}
