package org.palisade.sources;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Numbers written out, as reporters do before a scale: "one and a half", "half a", "twenty-five", "a". */
final class NumberWords {

    static final String WORD = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            + "ninety|hundred|half|quarters?|and|of)";
    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberWords() {
    }

    /** The value of the words, or empty when they hold no number ("and of a" alone). */
    static Optional<BigDecimal> value(String words) {
        BigDecimal whole = BigDecimal.ZERO;
        BigDecimal fraction = BigDecimal.ZERO;
        boolean article = false;
        boolean number = false;
        for (String token : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            switch (token) {
                case "a", "an" -> article = true;
                case "and", "of", "" -> { }
                case "hundred" -> {
                    whole = (whole.signum() == 0 ? BigDecimal.ONE : whole).multiply(BigDecimal.valueOf(100));
                    number = true;
                }
                case "half" -> {
                    fraction = fraction.add(new BigDecimal("0.5"));
                    number = true;
                }
                case "quarter", "quarters" -> {
                    // "three quarters of a billion": the count before belongs to the quarters
                    BigDecimal count = whole.signum() == 0 ? BigDecimal.ONE : whole;
                    fraction = fraction.add(count.multiply(new BigDecimal("0.25")));
                    whole = BigDecimal.ZERO;
                    number = true;
                }
                default -> {
                    Integer v = VALUES.get(token);
                    if (v == null) {
                        return Optional.empty();
                    }
                    whole = whole.add(BigDecimal.valueOf(v));
                    number = true;
                }
            }
        }
        if (!number) {
            return article ? Optional.of(BigDecimal.ONE) : Optional.empty();
        }
        BigDecimal value = whole.add(fraction);
        return value.signum() == 0 ? Optional.empty() : Optional.of(value);
    }
}
