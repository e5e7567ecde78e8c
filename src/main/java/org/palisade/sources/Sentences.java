package org.palisade.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into sentences at a full stop, question or exclamation mark followed by a capital, a digit
 * or a quote, except after the abbreviations and initials that news text is full of ("Dec. 30", "U.S.",
 * "Gen. Smith"). No sentence model is served for this build, and these rules are what such a model learns
 * for English news anyway.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?…]+[\"”’')\\]]*\\s+(?=[\"“‘'(\\[]?[\\p{Lu}\\d€$£])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig",
            "sen", "rep", "gov", "pres", "st", "mt", "ft", "no", "nos", "vs", "approx", "est", "inc", "ltd", "co",
            "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.k", "e.u", "u.n",
            "e.g", "i.e", "etc", "al", "fig", "vol", "art", "para", "min", "max", "dept", "govt", "h.e", "rt", "hon");

    private Sentences() {
    }

    static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            if (endsInAbbreviation(paragraph, m.start())) {
                continue;
            }
            add(sentences, paragraph.substring(start, m.end()));
            start = m.end();
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    /** Whether the word before this full stop is an abbreviation or an initial rather than a sentence end. */
    private static boolean endsInAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT).replaceAll("^[\"“‘']", "");
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
