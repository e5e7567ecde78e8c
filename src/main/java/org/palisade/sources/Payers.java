package org.palisade.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.palisade.sources.Contributors.Mention;

/**
 * Who pays an amount, read from the mentions of one sentence. Names that only place, supply or route the aid
 * are not payers: "talks in Berlin", "aid to Ukraine", "US-made Patriots", "bought from the US", "through
 * NATO", "NATO Secretary General"; NATO and the EU pay only where they themselves provide, fund or approve.
 * The payers of an amount are named before it (back to the previous amount, and after the last "said"),
 * else after it, else they are those of the amount before.
 */
final class Payers {

    /** The payers found, and whether the amount is spent or needed by a party that does not aid Ukraine. */
    record Found(Set<String> codes, boolean hostile) {
    }

    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|to|into|near|via|through|against|"
            + "across|towards?|inside|outside|visit\\w*|for|on|under|within|between|versus|vs\\.?|beyond|than|without|"
            + "non-|beyond)\\s*(?:the\\s+)?$");
    /** "members of the EU", "joined NATO": the institution as a club, not as a payer. */
    private static final Pattern CLUB_BEFORE = Pattern.compile("(?i)\\b(?:members? of|part of|join\\w*|outside|"
            + "without)\\s*(?:the\\s+)?$");
    /** Ukraine's needs, requests and own spending are not anyone's aid. */
    private static final Pattern RECIPIENT_OWN = Pattern.compile("(?i)^(?:'s|’s)?\\s*(?:(?:will|would|still|also)\\s+)?"
            + "(?:needs?|need\\w*|requires?|spend\\w*|budget\\w*|asked for|asks for|request\\w*|seeks|wants|estimates|own|plans to spend|"
            + "(?:is |was )?ready to (?:buy|spend|purchase)|buy\\w*|bought|purchas\\w*)\\b");
    /** NATO itself pays only from its common funds; as a rule it coordinates what its members pay. */
    private static final Pattern NATO_PAYS = Pattern.compile("(?i)^(?:'s|’s)?\\s*(?:itself\\s+)?(?:(?:will|would|has|is|also)\\s+)*"
            + "(?:fund\\w*|pay\\w*|paid|financ\\w*|common fund\\w*|own budget)\\b");
    /** "Sweden's 18th support package", "Norway's contribution": the country owns the aid it names. */
    private static final Pattern OWNS_AID = Pattern.compile("(?i)^(?:'s|’s)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?"
            + "(?:aid|support|assistance|donation|contribution|package|pledge|tranche)s?\\b");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");
    private static final Pattern PURCHASE = Pattern.compile("(?i)\\b(?:buy\\w*|bought|purchas\\w*|procur\\w*|order\\w*|"
            + "acquir\\w*|PURL)\\b");
    private static final Pattern ORIGIN_AFTER = Pattern.compile("(?i)^(?:-made|-built|-produced|-manufactured|-designed"
            + "|\\s+made|(?:-|\\s+)(?:weapons?|arms|systems?|equipment|missiles?|munitions|ammunition|tanks|jets|"
            + "interceptors|Patriots?|HIMARS|defen[cs]e (?:industry|firms?|companies|contractors)|industry|firms?|"
            + "companies|company|manufacturers?|producers?|factories|stocks|stockpiles|suppliers?|contractors?|production|"
            + "arsenals?|warehouses|inventories|dollars?|model|formula|style|led)\\b|-style\\b|-led\\b)");
    private static final Pattern INSTITUTION_NOT_PAYING = Pattern.compile("(?i)^(?:'s|’s)?\\s*(?:Secretary|chief|"
            + "allies|ally|members?|member states|countries|nations|states|summit|officials?|leaders?|ministers?|foreign|"
            + "military|spokes\\w*|ambassadors?|diplomats?|head|headquarters|partners?|defen[cs]e ministers|commissioner|"
            + "President|High Representative|envoy|membership|accession|candidate|common|eastern|flank|territory|"
            + "airspace|mission|standard|plans?|trust fund|fund|said|says|stated|estimated|estimates|reported|"
            + "announced that|welcomed|expects|wants|urged|aims|called|coordinat\\w*|channel\\w*|agreed to coordinate"
            + "|Comprehensive Assistance|CAP|-led|and its allies)\\b");
    private static final Pattern NOT_PAYING_AFTER = Pattern.compile("(?i)^\\s*(?:thanked|welcomed|praised|hailed|urged|"
            + "asked|called on|criticis\\w*|criticiz\\w*|invaded|attacked)\\b");
    /** What joins the names of one list of payers: "Denmark, Norway and Sweden", "Latvia, together with Estonia". */
    private static final Pattern JOINED = Pattern.compile("(?i)^(?:'s|’s)?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|,?\\s*(?:together|"
            + "along|jointly with|in partnership) with\\s+|,?\\s*alongside\\s+|,?\\s*as well as\\s+|\\s*&\\s*|\\s+with\\s+|\\s*/\\s*|-)"
            + "(?:the\\s+)?$");
    private static final Pattern PARTNERS_AFTER = Pattern.compile(
            "(?i)^[^.;,]{0,40}?\\b(?:together with|along with|jointly with|alongside|with)\\s+(?:the\\s+)?");
    private static final Pattern SPEAKER_AFTER = Pattern.compile("(?i)^(?:'s|’s)?(?:\\s+\\p{L}+){0,3}?\\s+(?:has |have )?"
            + "(?:said|says|told|stated|announced|confirmed|reported|wrote)\\b");
    private static final Pattern SAID = Pattern.compile("(?i)\\b(?:said|says|told|stated|added|according to|"
            + "confirmed that|announced that|reported that|wrote)\\b");

    private Payers() {
    }

    static Found of(String sentence, List<Mention> mentions, AmountPhrase amount, List<AmountPhrase> all,
            Set<String> payersOfPrevious) {
        List<Mention> eligible = new ArrayList<>();
        List<Mention> hostile = new ArrayList<>();
        for (Mention m : mentions) {
            if (all.stream().anyMatch(a -> a.start() < m.end() && m.start() < a.end())) {
                continue;
            }
            if (m.codes().stream().allMatch(Contributors.NEVER::contains)) {
                boolean ukraineOwn = m.codes().contains("UKR") && RECIPIENT_OWN.matcher(
                        sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 40))).find();
                if ((!m.codes().contains("UKR") && mayPay(sentence, m)) || ukraineOwn) {
                    hostile.add(m);
                }
                continue;
            }
            if (mayPay(sentence, m)) {
                eligible.add(m);
            }
        }
        int index = all.indexOf(amount);
        int from = index == 0 ? 0 : all.get(index - 1).end();
        int to = index == all.size() - 1 ? sentence.length() : all.get(index + 1).start();
        List<Mention> before = eligible.stream().filter(m -> m.start() >= from && m.end() <= amount.start()).toList();
        if (!before.isEmpty()) {
            int lastSaid = lastSaid(sentence, before.get(0).start(), amount.start());
            List<Mention> afterSaid = before.stream().filter(m -> m.start() > lastSaid).toList();
            List<Mention> speaking = lastSaid >= 0 && !afterSaid.isEmpty() ? afterSaid : before;
            Set<String> codes = codes(lastList(sentence, speaking));
            // "Sweden will finance a $275 million package together with Norway and Denmark"
            var partners = PARTNERS_AFTER.matcher(sentence.substring(amount.end(), to));
            if (partners.find()) {
                int start = amount.end() + partners.end();
                List<Mention> joinedAfter = eligible.stream().filter(m -> m.start() >= start && m.end() <= to).toList();
                if (!joinedAfter.isEmpty() && joinedAfter.get(0).start() - start < 5) {
                    codes.addAll(codes(firstList(sentence, joinedAfter)));
                }
            }
            return new Found(codes, false);
        }
        boolean hostileBefore = hostile.stream().anyMatch(m -> m.start() >= from && m.end() <= amount.start());
        // a speaker after the amount ("..., the Pentagon said") reports the amount; it does not pay it
        eligible.removeIf(m -> m.start() >= amount.end() && SPEAKER_AFTER.matcher(sentence.substring(m.end())).find());
        List<Mention> after = eligible.stream().filter(m -> m.start() >= amount.end() && m.end() <= to).toList();
        if (!after.isEmpty() && !hostileBefore) {
            return new Found(codes(firstList(sentence, after)), false);
        }
        if (hostileBefore) {
            return new Found(Set.of(), true);
        }
        if (index > 0 && !payersOfPrevious.isEmpty()) {
            return new Found(payersOfPrevious, false);
        }
        return new Found(codes(eligible), false);
    }

    /** Whether this mention could be the one who pays, judged by the words around it. */
    static boolean mayPay(String sentence, Mention m) {
        String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60));
        if (!m.institution() && OWNS_AID.matcher(after).find() && !ORIGIN_AFTER.matcher(after).find()) {
            // "decided on Sweden's 18th support package": the owner of the aid, whatever the preposition before
            return true;
        }
        if (PLACE_BEFORE.matcher(before).find() || ORIGIN_AFTER.matcher(after).find()
                || NOT_PAYING_AFTER.matcher(after).find()) {
            return false;
        }
        if (FROM_BEFORE.matcher(before).find() && PURCHASE.matcher(sentence).find()) {
            return false;
        }
        if (m.institution()) {
            if (INSTITUTION_NOT_PAYING.matcher(after).find() || CLUB_BEFORE.matcher(before).find()) {
                return false;
            }
            if (m.codes().contains(Contributors.NATO) && (Programs.namedIn(sentence).isPresent()
                    || !NATO_PAYS.matcher(after).find())) {
                // NATO runs PURL and coordinates donations; the allies who finance a package pay for it
                return false;
            }
        }
        return true;
    }

    /** The list of names nearest before the amount ("by the Netherlands, which committed ..." names one). */
    private static List<Mention> lastList(String sentence, List<Mention> mentions) {
        int first = mentions.size() - 1;
        while (first > 0 && joined(sentence, mentions.get(first - 1), mentions.get(first))) {
            first--;
        }
        return mentions.subList(first, mentions.size());
    }

    private static List<Mention> firstList(String sentence, List<Mention> mentions) {
        int last = 0;
        while (last + 1 < mentions.size() && joined(sentence, mentions.get(last), mentions.get(last + 1))) {
            last++;
        }
        return mentions.subList(0, last + 1);
    }

    private static boolean joined(String sentence, Mention a, Mention b) {
        String between = sentence.substring(a.end(), b.start());
        if (b.kind() == Mention.Kind.DEMONYM && between.contains("the") && !between.matches("(?i)\\s*,?\\s*and\\s+the\\s+")) {
            // "Denmark, the Swedish government said": a new subject, not the next name of a list ("the Swedes and
            // the Danes" is one)
            return false;
        }
        return a.codes().equals(b.codes()) || JOINED.matcher(between).matches();
    }

    static Set<String> codes(List<Mention> mentions) {
        Set<String> codes = new TreeSet<>();
        mentions.forEach(m -> codes.addAll(m.codes()));
        return codes;
    }

    private static int lastSaid(String sentence, int from, int to) {
        var m = SAID.matcher(sentence);
        m.region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
