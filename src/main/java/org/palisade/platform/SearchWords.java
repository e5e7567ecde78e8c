package org.palisade.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into the search box, read as words to find by their beginnings: "patr inter" finds
 * "Patriot interceptors". Each word keeps only letters and digits (any script), so the text can never be read as
 * query syntax; {@link #tsquery()} is the PostgreSQL {@code to_tsquery('simple', ...)} text of all words, each
 * matched as a prefix, and {@link #number()} a whole number typed on its own (a package or list number).
 */
public record SearchWords(String typed, List<String> words, Integer number) {

    /** Words beyond this are ignored: a search box, not a document. */
    static final int MAX_WORDS = 8;

    public SearchWords {
        words = List.copyOf(words);
    }

    public static SearchWords of(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        List<String> words = new ArrayList<>();
        Integer number = null;
        for (String part : text.split("[^\\p{L}\\p{N}]+")) {
            if (part.isEmpty() || words.size() == MAX_WORDS) {
                continue;
            }
            String word = part.toLowerCase(Locale.ROOT);
            words.add(word.length() > 60 ? word.substring(0, 60) : word);
            if (number == null && part.length() <= 9 && part.chars().allMatch(Character::isDigit)) {
                number = Integer.valueOf(part);
            }
        }
        return new SearchWords(text.length() > 200 ? text.substring(0, 200) : text, words, number);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every word as a prefix, all of them required: {@code patr:* & inter:*}. */
    public String tsquery() {
        return String.join(" & ", words.stream().map(w -> w + ":*").toList());
    }
}
