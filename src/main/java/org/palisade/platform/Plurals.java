package org.palisade.platform;

import java.util.Locale;

/**
 * Which plural form a count takes in a language, after the CLDR rules for whole numbers: English has one and
 * other; Ukrainian one (1, 21, 31…), few (2–4, 22–24…) and many (0, 5–20, 25…). Bundles hold a counted
 * message as {@code key.one}, {@code key.few} and {@code key.many} in both languages (English repeats its
 * plural in few and many), so both bundles keep the same keys.
 */
public final class Plurals {

    private Plurals() {
    }

    /** "one", "few" or "many". */
    public static String form(Locale language, long count) {
        long n = Math.abs(count);
        if (language != null && language.getLanguage().equals("uk")) {
            long last = n % 10;
            long lastTwo = n % 100;
            if (last == 1 && lastTwo != 11) {
                return "one";
            }
            return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
        }
        return n == 1 ? "one" : "many";
    }

    /** The key of the form: {@code key("items.left", uk, 22)} is {@code items.left.few}. */
    public static String key(String key, Locale language, long count) {
        return key + "." + form(language, count);
    }
}
