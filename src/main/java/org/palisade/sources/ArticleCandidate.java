package org.palisade.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;

/**
 * A candidate claim of an imported article as stored for review: what the extractor read from one sentence
 * ({@link CandidateClaim}), and the decision about it: waiting, accepted (with the claim it became and the pledge
 * recorded for it, if any) or rejected with its reason; who decided and when.
 *
 * @param position     its order in the article, from 1
 * @param currency     null when the text gives none that can be told; accepting then needs one
 * @param date         a month is kept on its first day ({@link DatePrecision#MONTH})
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
record ArticleCandidate(
        @JsonProperty("id") UUID id,
        @JsonProperty("number") int number,
        @JsonProperty("articleId") UUID articleId,
        @JsonProperty("position") int position,
        @JsonProperty("amount") BigDecimal amount,
        @JsonProperty("currency") CurrencyCode currency,
        @JsonProperty("approximate") boolean approximate,
        @JsonProperty("rangeLow") BigDecimal rangeLow,
        @JsonProperty("rangeHigh") BigDecimal rangeHigh,
        @JsonProperty("contributors") List<String> contributors,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("datePrecision") DatePrecision datePrecision,
        @JsonProperty("program") ClaimProgram program,
        @JsonProperty("kind") ClaimKind kind,
        @JsonProperty("evidence") String evidence,
        @JsonProperty("status") CandidateStatus status,
        @JsonProperty("decidedBy") String decidedBy,
        @JsonProperty("decidedAt") Instant decidedAt,
        @JsonProperty("reason") String reason,
        @JsonProperty("claimId") UUID claimId,
        @JsonProperty("contributionId") UUID contributionId,
        @JsonProperty("version") long version) {

    ArticleCandidate {
        contributors = List.copyOf(contributors);
    }

    /** A candidate as the extractor read it, waiting for review. */
    static ArticleCandidate of(UUID articleId, int position, CandidateClaim c) {
        LocalDate date = c.date() == null ? null : c.date().day() != null ? c.date().day() : c.date().month().atDay(1);
        DatePrecision precision = c.date() == null ? null : c.date().day() != null ? DatePrecision.DAY : DatePrecision.MONTH;
        return new ArticleCandidate(UUID.randomUUID(), 0, articleId, position, c.amount(), c.currency(), c.approximate(),
                c.rangeLow(), c.rangeHigh(), c.contributors(), date, precision,
                c.program() == null ? null : ClaimProgram.valueOf(c.program()), c.kind(), c.evidence(),
                CandidateStatus.WAITING, null, null, null, null, null, 0);
    }

    public boolean waiting() {
        return status == CandidateStatus.WAITING;
    }

    /** The amount with its currency, or null while the text gives no currency. */
    public Money money() {
        try {
            return currency == null ? null : Money.of(amount.stripTrailingZeros(), currency);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** How exactly the text states the amount, as a claim says it ("between X and Y" reads as at least X). */
    public ClaimBound bound() {
        if (approximate) {
            return ClaimBound.ABOUT;
        }
        if (rangeLow != null) {
            return ClaimBound.AT_LEAST;
        }
        return rangeHigh != null ? ClaimBound.UP_TO : ClaimBound.EXACT;
    }

    ArticleCandidate accepted(String by, Instant at, UUID claim, UUID contribution) {
        return new ArticleCandidate(id, number, articleId, position, amount, currency, approximate, rangeLow, rangeHigh,
                contributors, date, datePrecision, program, kind, evidence, CandidateStatus.ACCEPTED, by, at, null,
                claim, contribution, version + 1);
    }

    ArticleCandidate rejected(String by, Instant at, String why) {
        return new ArticleCandidate(id, number, articleId, position, amount, currency, approximate, rangeLow, rangeHigh,
                contributors, date, datePrecision, program, kind, evidence, CandidateStatus.REJECTED, by, at, why,
                null, null, version + 1);
    }
}
