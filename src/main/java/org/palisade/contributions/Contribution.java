package org.palisade.contributions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.platform.Conflict;
import org.palisade.platform.Violations;
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
            throw new Conflict(new ContributionRefusal.IllegalStage(stage));
        }
        checkStage(amount, on, pledged, pledgedOn, ContributionStage.PLEDGED);
        return new Contribution(id, contributors, packageId, earmark, disclosure, announcedOn,
                ContributionStage.COMMITTED, pledged, pledgedOn, amount, on, null, null, createdAt, version);
    }

    public Contribution pay(Money amount, LocalDate on) {
        if (stage != ContributionStage.COMMITTED) {
            throw new Conflict(new ContributionRefusal.IllegalStage(stage));
        }
        checkStage(amount, on, committed, committedOn, ContributionStage.COMMITTED);
        return new Contribution(id, contributors, packageId, earmark, disclosure, announcedOn, ContributionStage.PAID,
                pledged, pledgedOn, committed, committedOn, amount, on, createdAt, version);
    }

    private static void checkStage(Money amount, LocalDate on, Money previous, LocalDate previousOn,
            ContributionStage previousStage) {
        Violations v = new Violations();
        if (!amount.currency().equals(previous.currency())) {
            v.add("amount.currency", new ContributionRefusal.OtherCurrency(previous.currency(), amount.currency()));
        } else {
            v.check(!amount.isGreaterThan(previous), "amount.amount",
                    new ContributionRefusal.AboveEarlierStage(previousStage, previous, amount));
        }
        v.check(on != null, "date", new ContributionRefusal.DateMissing());
        v.check(on == null || !on.isBefore(previousOn), "date",
                new ContributionRefusal.BeforeEarlierStage(previousStage, previousOn, on));
        v.throwIfAny();
    }
}
