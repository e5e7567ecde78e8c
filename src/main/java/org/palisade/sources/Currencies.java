package org.palisade.sources;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.palisade.money.CurrencyCode;

/**
 * Reads the currency an amount is written in. A bare "$" or "dollars" is the currency of the outlet's country
 * when that country writes its own dollars so (an Australian paper's "$100 million" is AUD), otherwise USD;
 * where the outlet is not known, a bare "$" paid by Australia, Canada or New Zealand alone is theirs (wires and
 * foreign papers write "A$", "C$" or "Canadian dollars");
 * "kroner" and "crowns" are Danish or Norwegian (or Swedish, Czech) as the contributors or the outlet say.
 */
final class Currencies {

    private Currencies() {
    }

    /**
     * @param outletCountry alpha-3 code of the outlet's country, or null when unknown
     * @param contributors  the claim's contributors, which decide whose kroner are meant
     */
    static Optional<CurrencyCode> read(String written, String outletCountry, Set<String> contributors) {
        if (written == null) {
            return Optional.empty();
        }
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(".", "").strip();
        String code = switch (w) {
            case "€", "euro", "euros", "eur" -> "EUR";
            case "us$", "us $", "usd", "us dollars", "us dollar", "american dollars", "american dollar" -> "USD";
            case "a$", "au$", "aud", "australian dollars", "australian dollar" -> "AUD";
            case "c$", "ca$", "can$", "cdn$", "cad", "canadian dollars", "canadian dollar" -> "CAD";
            case "nz$", "nzd", "new zealand dollars", "new zealand dollar" -> "NZD";
            case "hong kong dollars", "hong kong dollar" -> "HKD";
            case "$", "dollars", "dollar" -> localDollar(outletCountry != null ? outletCountry
                    : contributors.size() == 1 ? contributors.iterator().next() : null);
            case "£", "gbp", "pounds", "pounds sterling", "british pounds", "british pounds sterling", "sterling" -> "GBP";
            case "¥", "yen", "jpy" -> "JPY";
            case "₴", "uah", "hryvnia", "hryvnias", "hryvnya" -> "UAH";
            case "nok", "norwegian kroner", "norwegian krone", "norwegian crowns", "norwegian crown" -> "NOK";
            case "dkk", "danish kroner", "danish krone", "danish crowns", "danish crown" -> "DKK";
            case "sek", "swedish kronor", "swedish krona", "swedish crowns", "swedish crown", "kronor", "krona" -> "SEK";
            case "isk", "icelandic kronur", "icelandic krona", "icelandic kronor", "kronur" -> "ISK";
            case "czk", "czech crowns", "czech crown", "czech koruna", "czech korunas", "koruna", "korunas" -> "CZK";
            case "chf", "swiss francs", "francs" -> "CHF";
            case "pln", "zloty", "zlotys", "złoty", "złotys", "polish zloty", "polish zlotys" -> "PLN";
            case "ron", "lei" -> "RON";
            case "huf", "forint", "forints" -> "HUF";
            case "bgn" -> "BGN";
            case "rub", "rouble", "roubles", "ruble", "rubles" -> "RUB";
            case "kroner", "krone", "crowns", "kr" -> kroner(outletCountry, contributors);
            default -> null;
        };
        return Optional.ofNullable(code).map(CurrencyCode::of);
    }

    private static String localDollar(String outletCountry) {
        if (outletCountry == null) {
            return "USD";
        }
        return switch (outletCountry) {
            case "AUS" -> "AUD";
            case "CAN" -> "CAD";
            case "NZL" -> "NZD";
            default -> "USD";
        };
    }

    private static String kroner(String outletCountry, Set<String> contributors) {
        for (String c : contributors) {
            switch (c) {
                case "NOR": return "NOK";
                case "DNK": return "DKK";
                case "SWE": return "SEK";
                case "CZE": return "CZK";
                case "ISL": return "ISK";
                default: break;
            }
        }
        if (outletCountry == null) {
            return null;
        }
        return switch (outletCountry) {
            case "NOR" -> "NOK";
            case "DNK" -> "DKK";
            case "SWE" -> "SEK";
            case "CZE" -> "CZK";
            default -> null;
        };
    }
}
