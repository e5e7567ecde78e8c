package org.palisade.sources;

import java.time.LocalDate;
import org.palisade.platform.Refusal;

/**
 * Why importing an article or deciding about one of its candidate claims is refused: facts only, worded at the
 * edge by {@link ReviewRefusalWords}.
 */
public sealed interface ReviewRefusal extends Refusal {

    /** A candidate is accepted or rejected once; a second decision, also one sent at the same moment, is refused. */
    record CandidateDecided(int candidate, CandidateStatus status, String by) implements ReviewRefusal {
    }

    /** Accepting onto an existing record needs the contribution or package chosen (one the reviewer may see). */
    record RecordMissing() implements ReviewRefusal {
    }

    /** An article needs its text, pasted or uploaded. */
    record TextMissing(int max) implements ReviewRefusal {
    }

    /** Only English articles are read (see {@link CandidateClaims}). */
    record LanguageNotRead(String language) implements ReviewRefusal {
    }

    /** The publication date resolves "on Monday" and dates the pledge. */
    record PublishedMissing() implements ReviewRefusal {
    }

    /** An uploaded file that is not UTF-8 text. */
    record FileUnreadable(String name) implements ReviewRefusal {
    }

    /** A new pledge names who pledges it. */
    record ContributorsMissing() implements ReviewRefusal {
    }

    /** Pledges are made by organisations registered as contributors. */
    record NotAContributor(String code) implements ReviewRefusal {
    }

    /** A new pledge needs its amount. */
    record AmountMissing() implements ReviewRefusal {
    }

    /** A new pledge needs the date it was made. */
    record PledgeDateMissing() implements ReviewRefusal {
    }

    /** A pledge records what has happened: never after today. */
    record PledgeDateInFuture(LocalDate on, LocalDate today) implements ReviewRefusal {
    }
}
