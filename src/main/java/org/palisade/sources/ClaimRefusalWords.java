package org.palisade.sources;

import java.util.Locale;
import org.palisade.platform.RefusalWords;
import org.palisade.sources.ClaimRefusal.AlreadyUsed;
import org.palisade.sources.ClaimRefusal.AmountOutOfRange;
import org.palisade.sources.ClaimRefusal.ClaimNotInConflict;
import org.palisade.sources.ClaimRefusal.ConflictResolved;
import org.palisade.sources.ClaimRefusal.ContributorCodeMalformed;
import org.palisade.sources.ClaimRefusal.CurrencyMissing;
import org.palisade.sources.ClaimRefusal.NothingClaimed;
import org.palisade.sources.ClaimRefusal.ReasonMissing;
import org.palisade.sources.ClaimRefusal.TooLong;
import org.palisade.sources.ClaimRefusal.UnknownSource;

/** The words of {@link ClaimRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class ClaimRefusalWords implements RefusalWords<ClaimRefusal> {

    @Override
    public Class<ClaimRefusal> type() {
        return ClaimRefusal.class;
    }

    @Override
    public String english(ClaimRefusal refusal) {
        if (refusal instanceof UnknownSource) {
            return "unknown source";
        } else if (refusal instanceof ContributorCodeMalformed r) {
            return "contributors are organisation codes such as NLD, EU or NATO (was '" + r.code() + "')";
        } else if (refusal instanceof AmountOutOfRange r) {
            return "amount must be positive, at most 10^13 and have at most the minor units of " + r.currency()
                    + " (was " + r.amount().toPlainString() + ")";
        } else if (refusal instanceof CurrencyMissing) {
            return "an amount needs its currency (an ISO 4217 code)";
        } else if (refusal instanceof NothingClaimed) {
            return "a claim names at least contributors, an amount or a date";
        } else if (refusal instanceof TooLong r) {
            return "at most " + r.max() + " characters (was " + r.length() + ")";
        } else if (refusal instanceof ReasonMissing r) {
            return "reason is required (at most " + r.max() + " characters)";
        } else if (refusal instanceof AlreadyUsed r) {
            return "claim " + r.claim() + " is already the one used";
        } else if (refusal instanceof ConflictResolved r) {
            return "conflict " + r.conflict() + " is already resolved";
        } else if (refusal instanceof ClaimNotInConflict r) {
            return "claim " + r.claim() + " is not one of the claims of conflict " + r.conflict();
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(ClaimRefusal refusal, Locale locale) {
        if (refusal instanceof ContributorCodeMalformed r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof AmountOutOfRange r) {
            return new Object[] {r.amount().toPlainString(), r.currency()};
        } else if (refusal instanceof TooLong r) {
            return new Object[] {r.max(), r.length()};
        } else if (refusal instanceof ReasonMissing r) {
            return new Object[] {r.max()};
        } else if (refusal instanceof AlreadyUsed r) {
            return new Object[] {String.valueOf(r.claim())};
        } else if (refusal instanceof ConflictResolved r) {
            return new Object[] {String.valueOf(r.conflict())};
        } else if (refusal instanceof ClaimNotInConflict r) {
            return new Object[] {String.valueOf(r.claim()), String.valueOf(r.conflict())};
        }
        return new Object[0];
    }
}
