package org.palisade.contributions;

import java.time.LocalDate;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.packages.PackageStatus;
import org.palisade.platform.Refusal;

/** Why the contributions module refuses something: facts only, worded by {@link ContributionRefusalWords}. */
public sealed interface ContributionRefusal extends Refusal {

    /** A stage the contribution's current stage does not lead to (pledged → committed → paid). */
    record IllegalStage(ContributionStage stage) implements ContributionRefusal {
    }

    /** Only a pledge can be withdrawn: committed money binds its contributors. */
    record NotWithdrawable(ContributionStage stage) implements ContributionRefusal {
    }

    /** Only a pledge can be corrected: a commitment stands on its own figures. */
    record NotCorrectable(ContributionStage stage) implements ContributionRefusal {
    }

    /** A correction that changes neither the amount nor the date. */
    record NothingCorrected() implements ContributionRefusal {
    }

    /** A stage is recorded in the contribution's own currency. */
    record OtherCurrency(CurrencyCode contribution, CurrencyCode given) implements ContributionRefusal {
    }

    /** paid ≤ committed ≤ pledged. */
    record AboveEarlierStage(ContributionStage earlier, Money earlierAmount, Money amount)
            implements ContributionRefusal {
    }

    /** A stage cannot be dated before the stage it follows. */
    record BeforeEarlierStage(ContributionStage earlier, LocalDate earlierOn, LocalDate on)
            implements ContributionRefusal {
    }

    /** A stage records what has happened: its date cannot lie after today. */
    record DateInFuture(LocalDate on, LocalDate today) implements ContributionRefusal {
    }

    record DateMissing() implements ContributionRefusal {
    }

    record LeadMissing() implements ContributionRefusal {
    }

    record UnknownContributor(UUID organisation) implements ContributionRefusal {
    }

    record NotAContributor(String code) implements ContributionRefusal {
    }

    record ContributorTwice() implements ContributionRefusal {
    }

    record AmountMissing() implements ContributionRefusal {
    }

    record AnnouncedOnMissing() implements ContributionRefusal {
    }

    record DisclosureMissing() implements ContributionRefusal {
    }

    /** An unknown package, or one the person pledging may not see: the two read the same. */
    record UnknownPackage(UUID packageId) implements ContributionRefusal {
    }

    /** A cancelled or delivered package, or one whose delivery has started, takes no new money. */
    record PackageClosed(int number, PackageStatus status) implements ContributionRefusal {
    }

    /** A package is a PURL tranche: money for it goes through PURL. */
    record PackageIsPurl() implements ContributionRefusal {
    }

    /** A package contribution's category comes from its package's items (and its earmark), not its own. */
    record CategoryOfPackage() implements ContributionRefusal {
    }
}
