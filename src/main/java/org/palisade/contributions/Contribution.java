package org.palisade.contributions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
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
 * @param program      PURL or another mechanism; a package contribution is PURL
 * @param category     the capability category of money for the general pool (null when unknown); a package
 *                     contribution has none of its own, its package's items (and its earmark) say what it buys
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Contribution(
        @JsonProperty("id") UUID id,
        @JsonProperty("contributors") List<UUID> contributors,
        @JsonProperty("packageId") UUID packageId,
        @JsonProperty("earmark") CapabilityCategory earmark,
        // left out of the recorded shape while they are the defaults (PURL, no category of its own), so a
        // contribution of before programs reads as it always did in the audit trail
        @JsonProperty("program") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Purl.class)
        Program program,
        @JsonProperty("category") @JsonInclude(JsonInclude.Include.NON_NULL) CapabilityCategory category,
        @JsonProperty("disclosure") Disclosure disclosure,
        @JsonProperty("announcedOn") LocalDate announcedOn,
        @JsonProperty("stage") ContributionStage stage,
        @JsonProperty("pledged") Money pledged,
        @JsonProperty("pledgedOn") LocalDate pledgedOn,
        @JsonProperty("committed") Money committed,
        @JsonProperty("committedOn") LocalDate committedOn,
        @JsonProperty("paid") Money paid,
        @JsonProperty("paidOn") LocalDate paidOn,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("version") long version) {

    public Contribution {
        contributors = List.copyOf(contributors);
        program = program == null ? Program.PURL : program;
    }

    /** A PURL contribution without a category of its own (as every contribution was before programs). */
    public Contribution(UUID id, List<UUID> contributors, UUID packageId, CapabilityCategory earmark,
            Disclosure disclosure, LocalDate announcedOn, ContributionStage stage, Money pledged, LocalDate pledgedOn,
            Money committed, LocalDate committedOn, Money paid, LocalDate paidOn, Instant createdAt, long version) {
        this(id, contributors, packageId, earmark, Program.PURL, null, disclosure, announcedOn, stage, pledged,
                pledgedOn, committed, committedOn, paid, paidOn, createdAt, version);
    }

    /** The capability category figures count this contribution under: its own (pool), else its earmark. */
    public CapabilityCategory reportedCategory() {
        return category != null ? category : earmark;
    }

    public UUID owner() {
        return contributors.get(0);
    }

    /** The contribution as it stands at its latest stage. */
    public Money current() {
        return paid != null ? paid : committed != null ? committed : pledged;
    }

    /**
     * A new pledge, checked on its own: at least one contributor, each known as a registered contributor and
     * named once; an amount, an announcement date and a disclosure; a package, if named, that the person
     * pledging may see and that still takes money (not cancelled, delivered or already being delivered).
     *
     * @param known the organisations found for the contributors named (unknown ids are absent)
     * @param pkg   the package named, if the person pledging may see it; empty when unknown or hidden
     */
    static Contribution pledge(UUID id, Contributions.Pledge p, Map<UUID, Organisation> known,
            Optional<AidPackage> pkg, Instant at) {
        Violations v = new Violations();
        v.check(p.contributors() != null && !p.contributors().isEmpty(), "contributors",
                new ContributionRefusal.LeadMissing());
        if (p.contributors() != null) {
            for (int i = 0; i < p.contributors().size(); i++) {
                UUID contributor = p.contributors().get(i);
                Organisation o = known.get(contributor);
                if (o == null) {
                    v.add("contributors[" + i + "]", new ContributionRefusal.UnknownContributor(contributor));
                } else if (!o.is(OrganisationKind.CONTRIBUTOR)) {
                    v.add("contributors[" + i + "]", new ContributionRefusal.NotAContributor(o.code().value()));
                }
            }
            v.check(p.contributors().stream().distinct().count() == p.contributors().size(), "contributors",
                    new ContributionRefusal.ContributorTwice());
        }
        v.check(p.amount() != null, "amount", new ContributionRefusal.AmountMissing());
        v.check(p.announcedOn() != null, "announcedOn", new ContributionRefusal.AnnouncedOnMissing());
        v.check(p.disclosure() != null, "disclosure", new ContributionRefusal.DisclosureMissing());
        if (p.packageId() != null) {
            // a package the pledger may not see is refused as an unknown one: the answer must not tell it exists
            pkg.ifPresentOrElse(target -> v.check(target.status().takesContributions(), "package",
                    new ContributionRefusal.PackageClosed(target.number(), target.status())),
                    () -> v.add("package", new ContributionRefusal.UnknownPackage(p.packageId())));
        }
        // a package is a PURL tranche, and what a package contribution buys is its package's items
        v.check(p.packageId() == null || p.program() == null || p.program() == Program.PURL, "program",
                new ContributionRefusal.PackageIsPurl());
        v.check(p.packageId() == null || p.category() == null, "category", new ContributionRefusal.CategoryOfPackage());
        v.throwIfAny();
        LocalDate pledgedOn = p.pledgedOn() == null ? p.announcedOn() : p.pledgedOn();
        return new Contribution(id, p.contributors(), p.packageId(), p.earmark(), p.program(), p.category(),
                p.disclosure(), p.announcedOn(),
                ContributionStage.PLEDGED, p.amount(), pledgedOn, null, null, null, null, at, 0);
    }

    /** @param today a stage records what has happened: its date cannot lie after today */
    public Contribution commit(Money amount, LocalDate on, LocalDate today) {
        if (stage != ContributionStage.PLEDGED) {
            throw new Conflict(new ContributionRefusal.IllegalStage(stage));
        }
        checkStage(amount, on, today, pledged, pledgedOn, ContributionStage.PLEDGED);
        return new Contribution(id, contributors, packageId, earmark, program, category, disclosure, announcedOn,
                ContributionStage.COMMITTED, pledged, pledgedOn, amount, on, null, null, createdAt, version);
    }

    /** Takes the pledge back: only a pledge, since a commitment binds its contributors. */
    public Contribution withdraw() {
        if (stage != ContributionStage.PLEDGED) {
            throw new Conflict(new ContributionRefusal.NotWithdrawable(stage));
        }
        return new Contribution(id, contributors, packageId, earmark, program, category, disclosure, announcedOn,
                ContributionStage.WITHDRAWN, pledged, pledgedOn, null, null, null, null, createdAt, version);
    }

    /**
     * Corrects what was pledged (amount, pledge date) while it is a pledge. Once committed, the commitment binds
     * its contributors and stands on its own figures, so a committed or paid contribution is not corrected: it is
     * recorded as it happened. The currency stays: a pledge in another currency is another pledge.
     *
     * @param today the pledge date records what has happened: it cannot lie after today
     */
    public Contribution correct(Money amount, LocalDate on, LocalDate today) {
        if (stage != ContributionStage.PLEDGED) {
            throw new Conflict(new ContributionRefusal.NotCorrectable(stage));
        }
        Violations v = new Violations();
        v.check(amount != null, "amount", new ContributionRefusal.AmountMissing());
        v.check(amount == null || amount.currency().equals(pledged.currency()), "amount.currency",
                new ContributionRefusal.OtherCurrency(pledged.currency(), amount == null ? null : amount.currency()));
        v.check(on != null, "pledgedOn", new ContributionRefusal.DateMissing());
        v.check(on == null || !on.isAfter(today), "pledgedOn", new ContributionRefusal.DateInFuture(on, today));
        v.check(amount == null || on == null || amount.amount().compareTo(pledged.amount()) != 0
                || !on.equals(pledgedOn), "amount", new ContributionRefusal.NothingCorrected());
        v.throwIfAny();
        return new Contribution(id, contributors, packageId, earmark, program, category, disclosure, announcedOn,
                ContributionStage.PLEDGED, amount, on, null, null, null, null, createdAt, version);
    }

    /** @param today a stage records what has happened: its date cannot lie after today */
    public Contribution pay(Money amount, LocalDate on, LocalDate today) {
        if (stage != ContributionStage.COMMITTED) {
            throw new Conflict(new ContributionRefusal.IllegalStage(stage));
        }
        checkStage(amount, on, today, committed, committedOn, ContributionStage.COMMITTED);
        return new Contribution(id, contributors, packageId, earmark, program, category, disclosure, announcedOn, ContributionStage.PAID,
                pledged, pledgedOn, committed, committedOn, amount, on, createdAt, version);
    }

    private static void checkStage(Money amount, LocalDate on, LocalDate today, Money previous, LocalDate previousOn,
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
        v.check(on == null || !on.isAfter(today), "date", new ContributionRefusal.DateInFuture(on, today));
        v.throwIfAny();
    }

    /** Jackson's filter for {@link #program}: true (leave out) for the default program. */
    static final class Purl {
        @Override
        public boolean equals(Object value) {
            return value == null || value == Program.PURL;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
