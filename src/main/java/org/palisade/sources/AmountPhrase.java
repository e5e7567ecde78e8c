package org.palisade.sources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sum of money as a sentence writes it: "EUR 500 million", "€500mn", "$10.6-billion", "500-million
 * euros", "half a billion kroner", with its hedge ("about", "at least", "up to") or range. The currency is kept
 * as written ("$", "kroner"); {@link Currencies} reads it against the article's context.
 */
record AmountPhrase(int start, int end, BigDecimal value, BigDecimal upper, String writtenCurrency, Bound bound) {

    private static final String PRE = "US\\s?\\$|U\\.S\\.\\s?\\$|A\\$|AU\\$|C\\$|CA\\$|CAN\\$|CDN\\$|NZ\\$|\\$|€|£|¥|₴"
            + "|(?:USD|EUR|GBP|NOK|SEK|DKK|CAD|AUD|NZD|CHF|JPY|PLN|CZK|UAH|ISK|RON|HUF|BGN)(?=\\s?\\d)|kr\\.?(?=\\s?\\d)";
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+,\\d{1,2}(?!\\d)|\\d+(?:\\.\\d+)?";
    /** "35 millions euro", as writers whose own languages pluralise the scale put it, is 35 million. */
    private static final String SCALE = "trillions?|billions?|millions?|thousand|tn|bn|bln|mn|mln|mil|m|b|k";
    private static final String POST = "euros?|(?:U\\.?S\\.?|American|Canadian|Australian|New\\s+Zealand|Hong\\s+Kong)\\s+dollars?"
            + "|dollars?|(?:British\\s+)?pounds(?:\\s+sterling)?|sterling"
            + "|(?:Norwegian|Danish|Swedish|Icelandic|Czech)\\s+(?:kroner|kronor|krone|krona|kronur|crowns?|korunas?|koruna)"
            + "|kroner|kronor|krone|krona|crowns|(?:Swiss\\s+)?francs|yen|(?:Polish\\s+)?zlotys?|złotys?|hryvnias?|hryvnya"
            + "|korunas?|lei|forints?|roubles?|rubles?|USD|EUR|GBP|NOK|SEK|DKK|CAD|AUD|NZD|CHF|JPY|PLN|CZK|UAH";
    private static final Pattern DIGITS = Pattern.compile("(?i)(?<![\\p{L}\\d.,])(?<pre>" + PRE + ")?\\s?(?<num>" + NUM + ")"
            + "(?:\\s?(?:-|–|to)\\s?(?<pre2>" + PRE + ")?(?<num2>" + NUM + ")(?=\\s?-?\\s?(?:" + SCALE + ")\\b))?"
            + "(?:\\s?-?\\s?(?<scale>" + SCALE + ")\\b)?(?:-?\\s(?<post>" + POST + ")\\b)?");
    private static final Pattern WORDS = Pattern.compile("(?i)(?<![\\p{L}])(?<pre>" + PRE + ")?(?<words>(?:"
            + NumberWords.WORD + "[\\s-]+)+)(?<scale>trillion|billion|million)\\b(?:\\s(?<post>" + POST + ")\\b)?");
    private static final Pattern WORTH = Pattern.compile(
            "(?i)(?:worth|valued at|totall?ing|amounting to|a total of|total of|package of|budget of)\\s+(?:\\w+\\s+){0,2}$");
    private static final Pattern ABOUT = Pattern.compile("(?i)\\b(?:about|around|roughly|some|almost|nearly|approximately|"
            + "approx\\.?|circa|close to|an estimated|estimated|just (?:over|under|below|above|shy of)|in the region of|"
            + "in the order of|on the order of)\\s+(?:of\\s+)?$");
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?i)\\b(?:at least|more than|over|in excess of|upwards of|above|exceeding|no less than|a minimum of|north of)\\s+$");
    private static final Pattern UP_TO = Pattern.compile(
            "(?i)\\b(?:up to|as much as|no more than|less than|under|below|a maximum of|not exceeding|as many as)\\s+$");
    private static final Pattern OR_MORE = Pattern.compile("(?i)^\\s?(?:or more|and more|plus)\\b");
    private static final Pattern BETWEEN_AND = Pattern.compile("(?i)^\\s?(?:and|to|-|–)\\s?$");

    /** Every amount of money the sentence states, in order, ranges joined. */
    static List<AmountPhrase> in(String sentence) {
        List<AmountPhrase> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(sentence);
        while (m.find()) {
            parseDigits(sentence, m).ifPresent(found::add);
        }
        Matcher w = WORDS.matcher(sentence);
        while (w.find()) {
            int start = w.start("words");
            if (w.group("pre") != null) {
                start = w.start("pre");
            }
            int s = start;
            if (found.stream().anyMatch(a -> a.start() < w.end() && s < a.end())) {
                continue;
            }
            Optional<BigDecimal> number = NumberWords.value(w.group("words"));
            String currency = w.group("pre") != null ? w.group("pre") : w.group("post");
            if (number.isEmpty() || currency == null) {
                continue;
            }
            BigDecimal value = number.get().multiply(multiplier(w.group("scale")));
            found.add(hedged(sentence, start, w.end(), value, null, currency));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return joinRanges(sentence, found);
    }

    private static Optional<AmountPhrase> parseDigits(String sentence, Matcher m) {
        String pre = m.group("pre");
        String post = m.group("post");
        String scale = m.group("scale");
        String currency = pre != null ? pre.strip() : post;
        boolean fullScale = scale != null && scale.length() > 3;
        if (currency == null) {
            // a bare "500 million" is money only where the sentence says it is a value ("worth 500 million")
            if (!fullScale || !WORTH.matcher(sentence.substring(0, m.start())).find()) {
                return Optional.empty();
            }
        }
        if (scale != null && scale.length() == 1 && pre == null && post == null) {
            return Optional.empty();
        }
        BigDecimal multiplier = multiplier(scale);
        BigDecimal value = number(m.group("num")).multiply(multiplier);
        BigDecimal upper = m.group("num2") == null ? null : number(m.group("num2")).multiply(multiplier);
        if (upper != null && upper.compareTo(value) <= 0) {
            upper = null;
        }
        int start = pre != null ? m.start("pre") : m.start("num");
        return Optional.of(hedged(sentence, start, m.end(), value, upper, currency));
    }

    private static AmountPhrase hedged(String sentence, int start, int end, BigDecimal value, BigDecimal upper,
            String currency) {
        String before = sentence.substring(Math.max(0, start - 40), start);
        Bound bound = upper != null ? Bound.BETWEEN
                : ABOUT.matcher(before).find() ? Bound.ABOUT
                : AT_LEAST.matcher(before).find() ? Bound.AT_LEAST
                : UP_TO.matcher(before).find() ? Bound.UP_TO
                : OR_MORE.matcher(sentence.substring(end)).find() ? Bound.AT_LEAST
                : Bound.EXACT;
        return new AmountPhrase(start, end, value.stripTrailingZeros(), upper == null ? null : upper.stripTrailingZeros(),
                currency, bound);
    }

    /** "between €1 billion and €2 billion", "€1bn-€2bn": one amount with two ends. */
    private static List<AmountPhrase> joinRanges(String sentence, List<AmountPhrase> amounts) {
        List<AmountPhrase> joined = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            AmountPhrase a = amounts.get(i);
            if (i + 1 < amounts.size()) {
                AmountPhrase b = amounts.get(i + 1);
                String between = sentence.substring(a.end(), b.start());
                boolean saidBetween = sentence.substring(Math.max(0, a.start() - 9), a.start()).toLowerCase(Locale.ROOT)
                        .contains("between");
                boolean dash = between.strip().equals("-") || between.strip().equals("–");
                if (BETWEEN_AND.matcher(between).matches() && (saidBetween || dash)
                        && sameWritten(a.writtenCurrency(), b.writtenCurrency()) && a.value().compareTo(b.value()) < 0) {
                    joined.add(new AmountPhrase(a.start(), b.end(), a.value(), b.value(), a.writtenCurrency(), Bound.BETWEEN));
                    i++;
                    continue;
                }
            }
            joined.add(a);
        }
        return joined;
    }

    private static boolean sameWritten(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    private static BigDecimal number(String digits) {
        String plain = digits.matches("\\d+,\\d{1,2}") ? digits.replace(',', '.') : digits.replace(",", "");
        return new BigDecimal(plain);
    }

    static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale.toLowerCase(Locale.ROOT).replaceFirst("(?<=lion)s$", "")) {
            case "trillion", "tn" -> BigDecimal.TEN.pow(12);
            case "billion", "bn", "bln", "b" -> BigDecimal.TEN.pow(9);
            case "million", "mn", "mln", "mil", "m" -> BigDecimal.TEN.pow(6);
            case "thousand", "k" -> BigDecimal.TEN.pow(3);
            default -> BigDecimal.ONE;
        };
    }

    /** The lowest amount the text allows, when it gives one. */
    BigDecimal low() {
        return bound == Bound.AT_LEAST || bound == Bound.BETWEEN ? value : null;
    }

    /** The highest amount the text allows, when it gives one. */
    BigDecimal high() {
        return bound == Bound.UP_TO ? value : bound == Bound.BETWEEN ? upper : null;
    }
}
