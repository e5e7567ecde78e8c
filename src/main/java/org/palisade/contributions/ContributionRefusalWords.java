package org.palisade.contributions;

import static org.palisade.platform.Refusals.term;

import java.util.Locale;
import org.palisade.contributions.ContributionRefusal.AboveEarlierStage;
import org.palisade.contributions.ContributionRefusal.AmountMissing;
import org.palisade.contributions.ContributionRefusal.AnnouncedOnMissing;
import org.palisade.contributions.ContributionRefusal.BeforeEarlierStage;
import org.palisade.contributions.ContributionRefusal.ContributorTwice;
import org.palisade.contributions.ContributionRefusal.DateInFuture;
import org.palisade.contributions.ContributionRefusal.DateMissing;
import org.palisade.contributions.ContributionRefusal.DisclosureMissing;
import org.palisade.contributions.ContributionRefusal.IllegalStage;
import org.palisade.contributions.ContributionRefusal.LeadMissing;
import org.palisade.contributions.ContributionRefusal.NotAContributor;
import org.palisade.contributions.ContributionRefusal.NotCorrectable;
import org.palisade.contributions.ContributionRefusal.NothingCorrected;
import org.palisade.contributions.ContributionRefusal.NotWithdrawable;
import org.palisade.contributions.ContributionRefusal.OtherCurrency;
import org.palisade.contributions.ContributionRefusal.CategoryOfPackage;
import org.palisade.contributions.ContributionRefusal.PackageClosed;
import org.palisade.contributions.ContributionRefusal.PackageIsPurl;
import org.palisade.contributions.ContributionRefusal.UnknownContributor;
import org.palisade.contributions.ContributionRefusal.UnknownPackage;
import org.palisade.money.MoneyFormat;
import org.palisade.platform.PageFormats;
import org.palisade.platform.RefusalWords;

/** The words of {@link ContributionRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class ContributionRefusalWords implements RefusalWords<ContributionRefusal> {

    @Override
    public Class<ContributionRefusal> type() {
        return ContributionRefusal.class;
    }

    @Override
    public String english(ContributionRefusal refusal) {
        if (refusal instanceof IllegalStage r) {
            return "contribution is " + r.stage().name().toLowerCase(Locale.ROOT) + "; " + switch (r.stage()) {
                case PLEDGED -> "only commit is allowed";
                case COMMITTED -> "only pay is allowed";
                case PAID, WITHDRAWN -> "no further stage is allowed";
            };
        } else if (refusal instanceof NotWithdrawable r) {
            return "contribution is " + r.stage().name().toLowerCase(Locale.ROOT) + "; only a pledge can be withdrawn";
        } else if (refusal instanceof NotCorrectable r) {
            return "contribution is " + r.stage().name().toLowerCase(Locale.ROOT) + "; only a pledge can be corrected";
        } else if (refusal instanceof NothingCorrected) {
            return "the correction changes neither the amount nor the date";
        } else if (refusal instanceof OtherCurrency r) {
            return "the contribution is in " + r.contribution() + " (was " + r.given() + ")";
        } else if (refusal instanceof AboveEarlierStage r) {
            return "cannot exceed the " + r.earlier().name().toLowerCase(Locale.ROOT) + " " + r.earlierAmount()
                    + " (was " + r.amount() + ")";
        } else if (refusal instanceof BeforeEarlierStage r) {
            return "cannot be before the " + r.earlier().name().toLowerCase(Locale.ROOT) + " date " + r.earlierOn()
                    + " (was " + r.on() + ")";
        } else if (refusal instanceof DateInFuture r) {
            return "cannot be after today " + r.today() + ": a stage records what has happened (was " + r.on() + ")";
        } else if (refusal instanceof DateMissing) {
            return "date is required";
        } else if (refusal instanceof LeadMissing) {
            return "at least one contributor is required";
        } else if (refusal instanceof UnknownContributor r) {
            return "unknown organisation " + r.organisation();
        } else if (refusal instanceof NotAContributor r) {
            return r.code() + " is not registered as a contributor";
        } else if (refusal instanceof ContributorTwice) {
            return "a contributor is listed twice";
        } else if (refusal instanceof AmountMissing) {
            return "amount is required";
        } else if (refusal instanceof AnnouncedOnMissing) {
            return "announcedOn is required";
        } else if (refusal instanceof DisclosureMissing) {
            return "disclosure is required: PUBLIC, COALITION or CONFIDENTIAL";
        } else if (refusal instanceof UnknownPackage r) {
            return "unknown package " + r.packageId();
        } else if (refusal instanceof PackageClosed r) {
            return "package " + r.number() + " is " + r.status().label() + " and takes no new contributions";
        } else if (refusal instanceof PackageIsPurl) {
            return "a package is a PURL tranche: money for it has the program PURL";
        } else if (refusal instanceof CategoryOfPackage) {
            return "a package contribution takes its category from its package's items (use earmark); category is for the general pool";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(ContributionRefusal refusal, Locale locale) {
        if (refusal instanceof IllegalStage r) {
            return new Object[] {term("contribution.stage." + r.stage().name())};
        } else if (refusal instanceof NotWithdrawable r) {
            return new Object[] {term("contribution.stage." + r.stage().name())};
        } else if (refusal instanceof NotCorrectable r) {
            return new Object[] {term("contribution.stage." + r.stage().name())};
        } else if (refusal instanceof OtherCurrency r) {
            return new Object[] {r.contribution().code(), r.given().code()};
        } else if (refusal instanceof AboveEarlierStage r) {
            // the last argument chooses the sentence: 0 the amount pledged, 1 the amount committed
            return new Object[] {new MoneyFormat(locale).format(r.earlierAmount()), r.earlier().ordinal()};
        } else if (refusal instanceof BeforeEarlierStage r) {
            return new Object[] {new PageFormats(locale).date(r.earlierOn()), r.earlier().ordinal()};
        } else if (refusal instanceof DateInFuture r) {
            return new Object[] {new PageFormats(locale).date(r.today())};
        } else if (refusal instanceof NotAContributor r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof PackageClosed r) {
            return new Object[] {String.valueOf(r.number()), term("package.status." + r.status().name())};
        }
        return new Object[0];
    }
}
