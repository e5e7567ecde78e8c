package org.palisade.sources;

import java.math.BigDecimal;
import org.palisade.platform.Refusal;

/** Why a claim, the choice of a used claim or the resolution of a conflict is refused: facts only. */
public sealed interface ClaimRefusal extends Refusal {

    /** A claim rests on a source the reader may see; this one is unknown or hidden. */
    record UnknownSource() implements ClaimRefusal {
    }

    /** Contributors are organisation codes: ISO 3166-1 alpha-3, or EU / NATO. */
    record ContributorCodeMalformed(String code) implements ClaimRefusal {
    }

    /** Positive and at most 10^13, with at most the currency's minor units. */
    record AmountOutOfRange(BigDecimal amount, String currency) implements ClaimRefusal {
    }

    /** An amount needs its currency, an ISO 4217 code. */
    record CurrencyMissing() implements ClaimRefusal {
    }

    /** A claim says at least something: contributors, an amount or a date. */
    record NothingClaimed() implements ClaimRefusal {
    }

    record TooLong(int max, int length) implements ClaimRefusal {
    }

    /** Choosing the used claim, and resolving a conflict, need their reason. */
    record ReasonMissing(int max) implements ClaimRefusal {
    }

    /** The claim is already the one used. */
    record AlreadyUsed(int claim) implements ClaimRefusal {
    }

    /** The conflict was resolved already. */
    record ConflictResolved(int conflict) implements ClaimRefusal {
    }

    /** A resolution keeps one of the claims in conflict as the used one. */
    record ClaimNotInConflict(int claim, int conflict) implements ClaimRefusal {
    }
}
