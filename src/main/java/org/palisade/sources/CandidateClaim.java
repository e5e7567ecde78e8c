package org.palisade.sources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.palisade.money.CurrencyCode;

/**
 * What one sentence of an article says about military aid, before anyone has reviewed it: the amount in the
 * currency written first, how exact it is, who pays, when, under which program, and what kind of figure it
 * is. It carries everything a stored claim needs from the text, so accepting it adds only the reviewer's
 * decision and the record it is about.
 *
 * @param currency     null when the text gives no currency or one that cannot be told ("kroner" alone)
 * @param approximate  the text hedges ("about", "some", "almost")
 * @param rangeLow     the lowest the text allows ("at least", "more than", "between X and ..."), or null
 * @param rangeHigh    the highest the text allows ("up to", "between ... and Y"), or null
 * @param contributors ISO 3166-1 alpha-3 codes, or {@code EU} / {@code NATO}, sorted; empty when unnamed
 * @param program      {@code PURL} or null
 * @param evidence     the sentence the claim rests on, as the article writes it
 */
record CandidateClaim(BigDecimal amount, CurrencyCode currency, boolean approximate, BigDecimal rangeLow,
        BigDecimal rangeHigh, List<String> contributors, ClaimDate date, String program, ClaimKind kind,
        String evidence) {

    CandidateClaim {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a claimed amount is positive (was " + amount + ")");
        }
        contributors = List.copyOf(contributors);
    }

    /** Whether the two say the same sum: same currency and amounts within half a per cent. */
    boolean sameSumAs(CandidateClaim other) {
        if (!Objects.equals(currency, other.currency)) {
            return false;
        }
        BigDecimal difference = amount.subtract(other.amount).abs();
        return difference.multiply(BigDecimal.valueOf(200)).compareTo(amount.max(other.amount)) <= 0;
    }

    /** This claim with what it lacks (contributors, date, program) taken from a repetition of it. */
    CandidateClaim completedBy(CandidateClaim repetition) {
        return new CandidateClaim(amount, currency, approximate, rangeLow, rangeHigh,
                contributors.isEmpty() ? repetition.contributors : contributors,
                date == null ? repetition.date : date, program == null ? repetition.program : program, kind, evidence);
    }
}
