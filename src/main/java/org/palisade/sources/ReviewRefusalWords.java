package org.palisade.sources;

import java.util.Locale;
import org.palisade.platform.RefusalWords;
import org.palisade.platform.Refusals;
import org.palisade.sources.ReviewRefusal.AmountMissing;
import org.palisade.sources.ReviewRefusal.CandidateDecided;
import org.palisade.sources.ReviewRefusal.ContributorsMissing;
import org.palisade.sources.ReviewRefusal.FileUnreadable;
import org.palisade.sources.ReviewRefusal.LanguageNotRead;
import org.palisade.sources.ReviewRefusal.NotAContributor;
import org.palisade.sources.ReviewRefusal.PledgeDateInFuture;
import org.palisade.sources.ReviewRefusal.PledgeDateMissing;
import org.palisade.sources.ReviewRefusal.PublishedMissing;
import org.palisade.sources.ReviewRefusal.RecordMissing;
import org.palisade.sources.ReviewRefusal.TextMissing;

/** The words of {@link ReviewRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class ReviewRefusalWords implements RefusalWords<ReviewRefusal> {

    @Override
    public Class<ReviewRefusal> type() {
        return ReviewRefusal.class;
    }

    @Override
    public String english(ReviewRefusal refusal) {
        if (refusal instanceof CandidateDecided r) {
            return "candidate " + r.candidate() + " was already " + r.status().name().toLowerCase(Locale.ROOT)
                    + " by " + r.by();
        } else if (refusal instanceof RecordMissing) {
            return "choose the contribution or package the claim is about";
        } else if (refusal instanceof TextMissing r) {
            return "text is required: paste the article or upload it (at most " + r.max() + " characters)";
        } else if (refusal instanceof LanguageNotRead r) {
            return "only English articles (en) can be read (was '" + r.language() + "')";
        } else if (refusal instanceof PublishedMissing) {
            return "the publication date is required";
        } else if (refusal instanceof FileUnreadable r) {
            return "the file " + r.name() + " is not plain text or HTML in UTF-8";
        } else if (refusal instanceof ContributorsMissing) {
            return "a new pledge names its contributors";
        } else if (refusal instanceof NotAContributor r) {
            return r.code() + " is not registered as a contributor";
        } else if (refusal instanceof AmountMissing) {
            return "a new pledge needs its amount";
        } else if (refusal instanceof PledgeDateMissing) {
            return "a new pledge needs the date it was made";
        } else if (refusal instanceof PledgeDateInFuture r) {
            return "a pledge cannot be dated after today " + r.today() + " (was " + r.on() + ")";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(ReviewRefusal refusal, Locale locale) {
        if (refusal instanceof CandidateDecided r) {
            return new Object[] {String.valueOf(r.candidate()),
                    Refusals.term("sources.candidate.status." + r.status().name()), r.by()};
        } else if (refusal instanceof TextMissing r) {
            return new Object[] {r.max()};
        } else if (refusal instanceof LanguageNotRead r) {
            return new Object[] {r.language()};
        } else if (refusal instanceof FileUnreadable r) {
            return new Object[] {r.name()};
        } else if (refusal instanceof NotAContributor r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof PledgeDateInFuture r) {
            return new Object[] {r.on().toString(), r.today().toString()};
        }
        return new Object[0];
    }
}
