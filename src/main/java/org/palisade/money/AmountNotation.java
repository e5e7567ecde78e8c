package org.palisade.money;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts and rates as a person types them in their language, read back exactly as the pages show them:
 * English "120,000,000.50" (commas group thousands, a point marks decimals), Ukrainian "25 000 000,00" or
 * "0,8700" (spaces, also non-breaking ones, group thousands; a comma marks decimals). Plain digits with a point
 * ("1000.50") are read on every page, as copied from a spreadsheet or the API. Anything that could be read two
 * ways is refused rather than guessed: "1,5" on an English page is neither 15 nor 1.5.
 */
public final class AmountNotation {

    /** Spaces of every kind a keyboard, a copy from a page or a word processor may put between digit groups. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009]+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");

    private AmountNotation() {
    }

    /**
     * The amount written in {@code text}, or null for an empty field.
     *
     * @throws IllegalArgumentException when the text is not an amount in the page's notation
     */
    public static BigDecimal parse(String text, Locale language) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = SPACES.matcher(text.strip()).replaceAll("").replace('\u2212', '-');
        if (decimalComma(language)) {
            // groups are spaces (removed above); the decimal sign is a comma, or a point as plain digits have it
            if (PLAIN.matcher(compact).matches()) {
                return new BigDecimal(compact.replace(',', '.'));
            }
        } else {
            if (GROUPED.matcher(compact).matches()) {
                return new BigDecimal(compact.replace(",", ""));
            }
            if (PLAIN.matcher(compact).matches() && !compact.contains(",")) {
                return new BigDecimal(compact);
            }
        }
        throw new IllegalArgumentException("not an amount in the notation of " + language + ": " + text);
    }

    /** The amount as the page shows it, for a form shown again: "120,000,000.50" / "25 000 000,50". */
    public static String print(BigDecimal amount, Locale language) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        format.setGroupingUsed(true);
        return format.format(amount);
    }

    private static boolean decimalComma(Locale language) {
        return DecimalFormatSymbols.getInstance(language == null ? Locale.ENGLISH : language).getDecimalSeparator() == ',';
    }
}
