package org.palisade.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.palisade.money.CurrencyCode;
import org.palisade.sources.TimeExpressions.Found;

/**
 * Reads an article into candidate claims: every military-aid amount the text states, once, with its payers,
 * date, program and kind, and the sentence it rests on. Nothing is derived that the text does not state, and
 * a conversion in brackets ("EUR 500 million ($578 million)") belongs to the amount before it.
 */
final class CandidateClaims {

    private static final Pattern CONVERSION_BETWEEN = Pattern.compile("(?i)^\\s*(?:\\(|\\[|,?\\s*or\\s|,|—|–|-|"
            + ",?\\s*(?:which is|i\\.e\\.)?\\s*(?:roughly|about|around|approximately|some)?\\s*(?:the\\s+)?"
            + "(?:equivalent|equal)\\s+(?:of|to))\\s*(?:about|around|roughly|approximately|approx\\.?|some|nearly|almost|"
            + "over|more than|just over|just under|an estimated|or)?\\s*$");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(?:the|this|that|its)\\s+(?:(?:first|second|"
            + "third|fourth|fifth|next|new|latest|same)\\s+)?(?:one|package|tranche|contribution|scheme|mechanism|"
            + "initiative|purchase|money|funding)\\b");
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i)(?:,\\s*(?:while|whereas|but|and)\\b|;|\\bwhile\\b)");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s*(?:which|who|whose)\\b[^,]*(?:,|$)");
    /** "The Nordic country", "the kingdom": the payer named in the sentences before. */
    private static final Pattern PAYER_BACK_REFERENCE = Pattern.compile("\\b(?:the|The) (?:(?:Nordic|Baltic|Scandinavian|"
            + "European|Alpine|Balkan|Central European|Asian|Pacific|North American|Mediterranean|Benelux|neutral|"
            + "small|German|Dutch)\\s+)?(?:country|nation|kingdom|government|state|ally|cabinet)\\b(?!\\s*'s\\s+(?:neighbou?r))");
    /** "Luxembourg and Belgium each pledged EUR 10 million": one claim per payer, not a joint one. */
    private static final Pattern EACH_BEFORE = Pattern.compile("(?i)\\beach\\b(?!\\s+(?:year|month|week|day|time|of|worth))"
            + "[^.;]{0,40}$");
    private static final Pattern EACH_AFTER = Pattern.compile("(?i)^\\s*(?:each|apiece)\\b");
    /** How many sentences back "the package" or "it" may reach for its payers. */
    private static final int PAYERS_REACH = 2;

    private CandidateClaims() {
    }

    static List<CandidateClaim> from(Article article) {
        ArticleText text = ArticleText.of(article.text());
        boolean aboutArms = MilitaryAid.aboutArms(String.join(" ", text.paragraphs().stream()
                .map(p -> String.join(" ", p)).toList()));
        String outletCountry = Outlets.countryOf(article.outlet());
        List<CandidateClaim> claims = new ArrayList<>();
        LocalDate[] lastDay = {null};
        Set<String> recentPayers = Set.of();
        String recentProgram = null;
        int sentencesSincePayers = 0;
        String programBefore = null;
        boolean militaryBefore = false;
        for (List<String> paragraph : text.paragraphs()) {
            for (String sentence : paragraph) {
                List<Found> times = TimeExpressions.in(sentence, article.published(), lastDay);
                List<Contributors.Mention> mentions = Contributors.in(sentence);
                List<AmountPhrase> amounts = withoutConversions(sentence, AmountPhrase.in(sentence));
                String program = Programs.namedIn(sentence).orElse(null);
                if (program == null && programBefore != null && BACK_REFERENCE.matcher(sentence).find()) {
                    // "The following day, Denmark paid for the second one": the program of the sentence before
                    program = programBefore;
                }
                Set<String> previous = Set.of();
                // a sentence that only names a payer and a sum ("Canada added C$245 million to the scheme")
                // continues the military topic of the sentences before; a price or an aside without a payer does not
                boolean continuesMilitary = militaryBefore && mentions.stream()
                        .anyMatch(m -> m.codes().stream().noneMatch(Contributors.NEVER::contains) && Payers.mayPay(sentence, m));
                for (AmountPhrase amount : amounts) {
                    if (!MilitaryAid.is(sentence, amount, amounts, aboutArms || program != null, continuesMilitary)) {
                        continue;
                    }
                    Payers.Found payers = Payers.of(sentence, mentions, amount, amounts, previous);
                    if (payers.hostile()) {
                        continue;
                    }
                    Set<String> codes = payers.codes();
                    if (!codes.isEmpty() && recentPayers.size() == 1 && sentencesSincePayers <= PAYERS_REACH
                            && referredBackBefore(sentence, amount)) {
                        // "The Nordic country joined Denmark and Sweden in financing ...": Norway pays too
                        Set<String> joined = new java.util.TreeSet<>(codes);
                        joined.addAll(recentPayers);
                        codes = joined;
                    }
                    String claimProgram = programOf(sentence, amount, amounts, program);
                    if (codes.isEmpty() && sentencesSincePayers <= PAYERS_REACH) {
                        // "The package includes €200m for ammunition": the payers of the sentences before
                        codes = recentPayers;
                        claimProgram = program != null ? program : recentProgram;
                    }
                    previous = codes;
                    CurrencyCode currency = Currencies.read(amount.writtenCurrency(), outletCountry, codes).orElse(null);
                    int from = amounts.indexOf(amount) == 0 ? 0 : amounts.get(amounts.indexOf(amount) - 1).end();
                    ClaimKind kind = ClaimKind.of(sentence.substring(from, amount.start()), sentence.substring(amount.end()));
                    ClaimDate date = governingDate(sentence, times, amount);
                    boolean each = codes.size() > 1 && (EACH_BEFORE.matcher(sentence.substring(from, amount.start())).find()
                            || EACH_AFTER.matcher(sentence.substring(amount.end())).find());
                    for (List<String> payersOfClaim : each ? codes.stream().map(List::of).toList() : List.of(List.copyOf(codes))) {
                        claims.add(new CandidateClaim(amount.value(), currency, amount.bound() == Bound.ABOUT, amount.low(),
                                amount.high(), payersOfClaim, date, claimProgram, kind, sentence));
                    }
                }
                programBefore = program;
                Boolean topic = MilitaryAid.topicOf(sentence);
                if (topic != null) {
                    militaryBefore = topic;
                }
                Set<String> named = Payers.codes(mentions.stream()
                        .filter(m -> m.codes().stream().noneMatch(Contributors.NEVER::contains))
                        .filter(m -> Payers.mayPay(sentence, m)).toList());
                if (!named.isEmpty()) {
                    recentPayers = named;
                    recentProgram = program;
                    sentencesSincePayers = 0;
                } else {
                    sentencesSincePayers++;
                    if (program != null) {
                        recentProgram = program;
                    }
                }
            }
        }
        return once(claims);
    }

    /** The program named in the amount's own stretch of the sentence, or the sentence's when it has one amount. */
    private static String programOf(String sentence, AmountPhrase amount, List<AmountPhrase> amounts, String program) {
        if (program == null || amounts.size() == 1 || Programs.namedIn(sentence).isEmpty()) {
            return program;
        }
        int index = amounts.indexOf(amount);
        int from = index == 0 ? 0 : amounts.get(index - 1).end();
        int to = index == amounts.size() - 1 ? sentence.length() : amounts.get(index + 1).start();
        // "Ottawa will put C$200 million toward PURL, while Canberra pledged A$95 million": a new clause, a new subject
        var clause = NEW_CLAUSE.matcher(sentence).region(from, amount.start());
        while (clause.find()) {
            from = clause.start();
        }
        return Programs.namedIn(sentence.substring(from, to)).orElse(null);
    }

    private static boolean referredBackBefore(String sentence, AmountPhrase amount) {
        var m = PAYER_BACK_REFERENCE.matcher(sentence);
        return m.find() && m.start() < amount.start();
    }

    /** Drops an amount that only converts the one before it into another currency. */
    private static List<AmountPhrase> withoutConversions(String sentence, List<AmountPhrase> amounts) {
        List<AmountPhrase> kept = new ArrayList<>();
        AmountPhrase last = null;
        for (AmountPhrase a : amounts) {
            if (last != null && a.start() >= last.end() && !sameCurrencyWritten(last, a)
                    && CONVERSION_BETWEEN.matcher(sentence.substring(last.end(), a.start())).matches()) {
                continue;
            }
            kept.add(a);
            last = a;
        }
        return kept;
    }

    private static boolean sameCurrencyWritten(AmountPhrase a, AmountPhrase b) {
        return a.writtenCurrency() != null && b.writtenCurrency() != null
                && Currencies.read(a.writtenCurrency(), null, Set.of()).equals(Currencies.read(b.writtenCurrency(), null, Set.of()));
    }

    /** The dated expression nearest the amount; periods of delivery or spending never date a claim. */
    private static ClaimDate governingDate(String sentence, List<Found> times, AmountPhrase amount) {
        List<int[]> asides = new ArrayList<>();
        var clause = RELATIVE_CLAUSE.matcher(sentence);
        while (clause.find()) {
            if (!(clause.start() < amount.start() && amount.end() <= clause.end())) {
                asides.add(new int[] {clause.start(), clause.end()});
            }
        }
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Found t : times) {
            // "Sweden, which joined NATO in March, pledged ...": a date inside an aside does not date the pledge
            if (t.period() || t.date() == null || asides.stream().anyMatch(a -> a[0] <= t.start() && t.end() <= a[1])) {
                continue;
            }
            int distance = t.end() <= amount.start() ? amount.start() - t.end() : Math.max(0, t.start() - amount.end());
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.date();
    }

    /** An amount repeated for the same pledge is one claim, completed by what its repetitions add. */
    private static List<CandidateClaim> once(List<CandidateClaim> claims) {
        List<CandidateClaim> kept = new ArrayList<>();
        for (CandidateClaim claim : claims) {
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                CandidateClaim k = kept.get(i);
                if (k.sameSumAs(claim) && (k.contributors().equals(claim.contributors()) || k.contributors().isEmpty()
                        || claim.contributors().isEmpty())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                kept.add(claim);
            } else {
                kept.set(same, kept.get(same).completedBy(claim));
            }
        }
        return kept;
    }
}
