package org.palisade.sources;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an amount is military aid. Humanitarian, energy, reconstruction, budget and other civilian money
 * is not, nor is a country's own defence budget; where a sentence names both kinds, the word nearest the
 * amount decides ("€200m for humanitarian needs and €1bn for air defence").
 */
final class MilitaryAid {

    private static final Pattern OWN_SPENDING = Pattern.compile("(?i)\\b(?:(?:own|national|annual|domestic)\\s+)?"
            + "(?:defen[cs]e|military)\\s+(?:budgets?|spending|expenditure|outlays)\\b|\\bits own (?:armed forces|military|army)\\b"
            + "|\\b(?:European|Europe's|Europe’s|their own|their|its) (?:defen[cs]e|armed forces|rearmament)\\b"
            + "(?!\\s+(?:ministry|ministers?|chiefs?|secretary|officials?|staff|department|spokes\\w*|forces|industry))|\\brearm\\w*"
            + "|(?<!Ukraine's |Ukraine’s |Ukrainian |Ukraine )\\bdefen[cs]e industr(?:y|ies)\\b");
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:humanitarian|energy|power grid|electricity|"
            + "power plants?|gas|heating|reconstruction|rebuild\\w*|recovery|budget support|budgetary|macro-?financial|"
            + "financial (?:aid|support|assistance|package)|economic|civilian|refugees?|food|grain|health|hospitals?|"
            + "schools?|housing|winteri[sz]\\w*|development aid|loans?|sanctions?|tax\\w*|pensions?|salaries|wages|GDP|economy|trade|exports?|"
            + "market|shares|stake|reparations?|damages?|compensation|debt|bonds?|insurance|bail\\w*)\\b");
    private static final Pattern MILITARY = Pattern.compile("(?i)\\b(?:military|defen[cs]e|weapons?|arms|armaments?|"
            + "ammunition|munitions?|shells|artillery|missiles?|Patriots?|HIMARS|IRIS-T|NASAMS|drones?|tanks?|armou?red|"
            + "F-16s?|fighter|jets|howitzers?|rockets?|interceptors?|security (?:assistance|aid)|PURL|NATO|Requirements List|European Peace Facility|non-lethal|armed forces|army|"
            + "soldiers|equipment|materiel|radars?|Leopards?|Abrams|Bradleys?|Gripens?|ATACMS|Storm Shadow|Taurus|"
            + "capabilit(?:y|ies)|Ramstein|Contact Group|counter-drone|anti-drone|anti-aircraft|anti-tank|war effort|"
            + "combat|ground-based|frigates?|helicopters?|vehicles?|sniper|rifles?|grenades?|mortars?)\\b"
            // numbered aid packages ("its 48th aid package", "the 26th donation package") are arms deliveries
            + "|\\b\\d+(?:st|nd|rd|th)\\s+(?:(?:military|defen[cs]e)\\s+)?(?:aid|support|assistance|donation)\\s+packages?\\b");
    /**
     * Where the money comes from ("from the proceeds of immobilised Russian assets", "windfall profits") says
     * nothing about what it buys: such words are neither military nor civilian.
     */
    private static final Pattern SOURCE_OF_MONEY = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?:proceeds|revenues?|"
            + "profits?|income|interest)\\s+(?:from|of|on)\\s+)?(?:(?:frozen|immobili[sz]ed|seized|confiscated)\\s+"
            + "(?:Russian\\s+)?(?:central bank\\s+)?(?:state\\s+)?assets|(?:windfall\\s+)?profits?|windfall|revenues?|proceeds)\\b");
    /** Money lent or paid for a sale is not given: a loan or a sale of weapons is still a loan or a sale. */
    private static final Pattern LOAN = Pattern.compile(
            "(?i)\\b(?:loans?|lend\\w*|lent|repaid|repayable|repay\\w*|sold|sells|selling|sales?)\\b");
    private static final Pattern AID = Pattern.compile("(?i)\\b(?:aid|assistance|support\\w*|packages?|tranches?|contributions?|reach\\w*|pledg\\w*|provid\\w*|"
            + "promis\\w*|earmark\\w*|approv\\w*|rais(?:ed|ing)|set aside|put(?:ting|s)? up|chip\\w* in|"
            + "donat\\w*|financ\\w*|fund\\w*|contribut\\w*|give\\w*|gave|send\\w*|sent|allocat\\w*|commit\\w*|announc\\w*|"
            + "Ukrain\\w*|Kyiv|purchas\\w*|buy\\w*|procur\\w*|transfer\\w*|deliver\\w*|pay\\w*|paid)\\b");

    private MilitaryAid() {
    }

    /** Whether the article as a whole is about arms for Ukraine, which lets a bare "pledged €500m" count. */
    static boolean aboutArms(String text) {
        Matcher m = MILITARY.matcher(OWN_SPENDING.matcher(text).replaceAll(" "));
        int cues = 0;
        while (m.find() && cues < 2) {
            cues++;
        }
        return cues >= 2;
    }

    /**
     * @param all the amounts of the sentence, which bound the stretch of text that speaks of this one
     */
    static boolean is(String sentence, AmountPhrase amount, List<AmountPhrase> all, boolean articleAboutArms) {
        return is(sentence, amount, all, articleAboutArms, false);
    }

    /**
     * @param militaryBefore the sentences before spoke of military aid, which a sentence with no word of its own
     *                       either way continues ("Canada added C$245 million to the scheme")
     */
    static boolean is(String sentence, AmountPhrase amount, List<AmountPhrase> all, boolean articleAboutArms,
            boolean militaryBefore) {
        if (ownSpendingNear(sentence, amount)) {
            return false;
        }
        String text = blank(blank(sentence, OWN_SPENDING), SOURCE_OF_MONEY);
        int index = all.indexOf(amount);
        int from = index == 0 ? 0 : all.get(index - 1).end();
        int to = index == all.size() - 1 ? text.length() : all.get(index + 1).start();
        if (LOAN.matcher(text).region(from, to).find()) {
            return false;
        }
        // the words after an amount say what it is for ("€10m for drones"); those before it may belong to the
        // amount before ("€5m for refugees and €10m for drones")
        int near = Math.min(to, amount.end() + 80);
        int civilianAfter = nearest(CIVILIAN, text, amount.end(), near, amount);
        int militaryAfter = nearest(MILITARY, text, amount.end(), near, amount);
        if (civilianAfter >= 0 || militaryAfter >= 0) {
            return militaryAfter >= 0 && (civilianAfter < 0 || militaryAfter <= civilianAfter);
        }
        int civilian = nearest(CIVILIAN, text, from, amount.start(), amount);
        int military = nearest(MILITARY, text, from, amount.start(), amount);
        if (civilian >= 0 && (military < 0 || civilian < military)) {
            return false;
        }
        if (military >= 0) {
            return true;
        }
        boolean civilianInSentence = CIVILIAN.matcher(text).find();
        boolean militaryInSentence = MILITARY.matcher(text).find();
        if (militaryInSentence) {
            return true;
        }
        if (!civilianInSentence && militaryBefore) {
            return true;
        }
        return !civilianInSentence && articleAboutArms && AID.matcher(text).find();
    }

    /**
     * What a sentence says of the topic: {@code TRUE} when it speaks of military aid only, {@code FALSE} of
     * civilian money only, null when it says neither (or both) and so leaves the topic where it was.
     */
    static Boolean topicOf(String sentence) {
        String text = blank(blank(sentence, OWN_SPENDING), SOURCE_OF_MONEY);
        boolean military = MILITARY.matcher(text).find();
        boolean civilian = CIVILIAN.matcher(text).find() || LOAN.matcher(text).find();
        return military == civilian ? null : military;
    }

    private static boolean ownSpendingNear(String sentence, AmountPhrase amount) {
        Matcher m = OWN_SPENDING.matcher(sentence);
        while (m.find()) {
            if (Math.abs(m.start() - amount.start()) < 50) {
                return true;
            }
        }
        return false;
    }

    /** Distance in characters from the amount to the nearest cue within [from, to), or -1 when there is none. */
    private static int nearest(Pattern cue, String text, int from, int to, AmountPhrase amount) {
        Matcher m = cue.matcher(text);
        m.region(from, to);
        int best = -1;
        while (m.find()) {
            int distance = m.end() <= amount.start() ? amount.start() - m.end()
                    : m.start() >= amount.end() ? m.start() - amount.end() : 0;
            if (best < 0 || distance < best) {
                best = distance;
            }
        }
        return best;
    }

    private static String blank(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
