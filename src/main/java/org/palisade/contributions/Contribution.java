package org.palisade.contributions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.platform.Conflict;
import org.palisade.platform.Violations;
import org.palisade.platform.Wording;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;

/**
 * Money from one or more contributors for a package or the general pool. It moves pledged → committed →
 * paid, and each stage keeps its amount and date, with paid ≤ committed ≤ pledged.
 *
 * @param contributors the contributing organisations, the lead (owner) first
 * @param packageId    the package financed, or null for the general pool
 */
public record Contribution(UUID id, List<UUID> contributors, UUID packageId, CapabilityCategory earmark,
        Disclosure disclosure, LocalDate announcedOn, ContributionStage stage, Money pledged, LocalDate pledgedOn,
        Money committed, LocalDate committedOn, Money paid, LocalDate paidOn, Instant createdAt, long version) {

    public Contribution {
        contributors = List.copyOf(contributors);
    }

    public UUID owner() {
        return contributors.get(0);
    }

    /** The contribution as it stands at its latest stage. */
    public Money current() {
        return paid != null ? paid : committed != null ? committed : pledged;
    }

    public Contribution commit(Money amount, LocalDate on) {
        if (stage != ContributionStage.PLEDGED) {
            throw new Conflict("contribution is " + stage.name().toLowerCase() + "; "
                    + (stage == ContributionStage.COMMITTED ? "only pay is allowed" : "no further stage is allowed"),
                    "contributions.refused.stage", Wording.term("contribution.stage." + stage.name()));
        }
        checkStage(amount, on, pledged, pledgedOn, "pledged");
        return new Contribution(id, contributors, packageId, earmark, disclosure, announcedOn,
                ContributionStage.COMMITTED, pledged, pledgedOn, amount, on, null, null, createdAt, version);
    }

    /** Takes the pledge back: only a pledge, since a commitment binds its contributors. */
    public Contribution withdraw() {
        if (stage != ContributionStage.PLEDGED) {
            throw new Conflict("contribution is " + stage.name().toLowerCase() + "; only a pledge can be withdrawn",
                    "contributions.refused.withdraw", Wording.term("contribution.stage." + stage.name()));
        }
        return new Contribution(id, contributors, packageId, earmark, disclosure, announcedOn,
                ContributionStage.WITHDRAWN, pledged, pledgedOn, null, null, null, null, createdAt, version);
    }

    public Contribution pay(Money amount, LocalDate on) {
        if (stage != ContributionStage.COMMITTED) {
            throw new Conflict("contribution is " + stage.name().toLowerCase() + "; "
                    + (stage == ContributionStage.PLEDGED ? "only commit is allowed" : "no further stage is allowed"),
                    "contributions.refused.stage", Wording.term("contribution.stage." + stage.name()));
        }
        checkStage(amount, on, committed, committedOn, "committed");
        return new Contribution(id, contributors, packageId, earmark, disclosure, announcedOn, ContributionStage.PAID,
                pledged, pledgedOn, committed, committedOn, amount, on, createdAt, version);
    }

    private static void checkStage(Money amount, LocalDate on, Money previous, LocalDate previousOn, String previousName) {
        Violations v = new Violations();
        if (!amount.currency().equals(previous.currency())) {
            v.add("amount.currency", "the contribution is in " + previous.currency() + " (was " + amount.currency() + ")");
        } else {
            v.check(!amount.isGreaterThan(previous), "amount.amount",
                    "cannot exceed the " + previousName + " " + previous + " (was " + amount + ")");
        }
        v.check(on != null, "date", "date is required");
        v.check(on == null || !on.isBefore(previousOn), "date",
                "cannot be before the " + previousName + " date " + previousOn + " (was " + on + ")");
        v.throwIfAny();
    }
}
