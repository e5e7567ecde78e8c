package org.palisade.contributions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.TimeOrderedIds;
import org.palisade.platform.Violations;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Disclosure;
import org.palisade.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of contributions: pledge, commit, pay, and read them as the viewer may. */
@Service
public class Contributions {

    /** What the contribution list sorts by; stage by the order of a contribution's life. */
    public static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("announced", "c.announced_on",
            "stage", SortOrder.inOrderOf("c.stage", ContributionStage.values()), "created", "c.created_at",
            "pledged", "c.pledged_amount").descendingFirst("announced", "created", "pledged");

    private final ContributionRepository repository;
    private final Organisations organisations;
    private final Packages packages;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ContributionTotals totals;

    Contributions(ContributionRepository repository, Organisations organisations, Packages packages,
            CurrentViewer current, AccessPolicy access, ApplicationEventPublisher events, Clock clock,
            ContributionTotals totals) {
        this.totals = totals;
        this.repository = repository;
        this.organisations = organisations;
        this.packages = packages;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new pledge. Contributors are organisation ids, the lead first.
     *
     * @param pledgedOn the date of the pledge (its exchange rate converts it); defaults to the announced date
     * @param program   PURL (the default, and the only one a package takes) or OTHER
     * @param category  the capability category of money for the general pool; refused with a package
     */
    public record Pledge(List<UUID> contributors, Money amount, UUID packageId, CapabilityCategory earmark,
            Disclosure disclosure, LocalDate announcedOn, LocalDate pledgedOn, Program program,
            CapabilityCategory category) {

        /** A pledge of the default program without a category of its own. */
        public Pledge(List<UUID> contributors, Money amount, UUID packageId, CapabilityCategory earmark,
                Disclosure disclosure, LocalDate announcedOn, LocalDate pledgedOn) {
            this(contributors, amount, packageId, earmark, disclosure, announcedOn, pledgedOn, null, null);
        }
    }

    @Transactional
    public Contribution pledge(Pledge p) {
        // contributors pledge only money their own nation is part of (alone or jointly)
        List<UUID> named = p.contributors() == null ? List.of() : p.contributors();
        access.require(ContributionPermissions.toPledge(named),
                Target.newRecord("contribution", named.isEmpty() ? null : named.get(0)));
        Map<UUID, Organisation> known = new java.util.HashMap<>();
        if (p.contributors() != null) {
            organisations.all(p.contributors()).forEach(o -> known.put(o.id(), o));
        }
        Optional<AidPackage> pkg = p.packageId() == null ? Optional.empty() : packages.visible(p.packageId());
        // a time-ordered id adds to the end of the contribution's keys, not to a random page of each
        Contribution c = Contribution.pledge(TimeOrderedIds.next(clock), p, known, pkg, clock.instant());
        totals.recordPledge(c);
        events.publishEvent(new RecordChanged("contribution", c.id(), c.owner(), "pledged", null, c, null));
        return c;
    }

    @Transactional
    public Contribution commit(UUID id, Money amount, LocalDate on, Long expectedVersion) {
        Contribution before = get(id);
        requireContributor(before, "commit");
        return save(before, before.commit(amount, on, LocalDate.now(clock)), expectedVersion, "committed");
    }

    @Transactional
    public Contribution pay(UUID id, Money amount, LocalDate on, Long expectedVersion) {
        Contribution before = get(id);
        requireContributor(before, "pay");
        return save(before, before.pay(amount, on, LocalDate.now(clock)), expectedVersion, "paid");
    }

    /**
     * Withdraws a pledge, with the reason its contributor gives (kept in the audit trail). Committed or paid
     * money cannot be withdrawn here.
     */
    @Transactional
    public Contribution withdraw(UUID id, String reason, Long expectedVersion) {
        Contribution before = get(id);
        requireContributor(before, "withdraw");
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("reason", "a withdrawal needs its reason", "contributions.withdraw.reason.required");
        }
        if (reason.length() > 500) {
            throw new InvalidRequest("reason", "the reason is at most 500 characters", "contributions.withdraw.reason.long");
        }
        return save(before, before.withdraw(), expectedVersion, "withdrawn", reason.strip());
    }

    /**
     * Corrects a pledge's amount or date, with the reason its contributor gives (kept in the audit trail with the
     * figures before and after). Only a pledge: see {@link Contribution#correct}.
     */
    @Transactional
    public Contribution correct(UUID id, Money amount, LocalDate pledgedOn, String reason, Long expectedVersion) {
        Contribution before = get(id);
        requireContributor(before, "correct");
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("reason", "a correction needs its reason", "contributions.correct.reason.required");
        }
        if (reason.length() > 500) {
            throw new InvalidRequest("reason", "the reason is at most 500 characters", "contributions.withdraw.reason.long");
        }
        Contribution after = before.correct(amount, pledgedOn, LocalDate.now(clock));
        long version = expectedVersion == null ? before.version() : expectedVersion;
        if (!repository.correctPledge(after, version)) {
            throw Conflict.staleVersion("contribution", before.id(), version);
        }
        Contribution saved = get(id);
        // the pledge's converted values are taken out and put back at the corrected amount and date
        totals.withdraw(before);
        totals.record(saved, ContributionStage.PLEDGED);
        events.publishEvent(new RecordChanged("contribution", id, saved.owner(), "corrected", before, saved,
                reason.strip()));
        return saved;
    }

    private Contribution save(Contribution before, Contribution after, Long expectedVersion, String action) {
        return save(before, after, expectedVersion, action, null);
    }

    private Contribution save(Contribution before, Contribution after, Long expectedVersion, String action,
            String reason) {
        long version = expectedVersion == null ? before.version() : expectedVersion;
        boolean updated = after.stage() == ContributionStage.WITHDRAWN
                ? repository.withdraw(after, LocalDate.now(clock), version) : repository.updateStages(after, version);
        if (!updated) {
            throw Conflict.staleVersion("contribution", before.id(), version);
        }
        Contribution saved = get(before.id());
        if (saved.stage() == ContributionStage.WITHDRAWN) {
            totals.withdraw(saved);
        } else {
            totals.record(saved, saved.stage());
        }
        events.publishEvent(new RecordChanged("contribution", saved.id(), saved.owner(), action, before, saved, reason));
        return saved;
    }

    /** Only the contributors of a contribution advance it: a visible one of another nation is refused (403). */
    private void requireContributor(Contribution c, String action) {
        access.require(ContributionPermissions.toAdvance(c, action), target(c));
    }

    private static Target target(Contribution c) {
        return new Target("contribution", c.id(), c.owner());
    }

    /** A contribution the current viewer may see; otherwise 404, without saying whether it exists. */
    @Transactional(readOnly = true)
    public Contribution get(UUID id) {
        return repository.find(id, current.viewer()).orElseThrow(() -> {
            repository.find(id, Viewer.SYSTEM).ifPresent(hidden -> access.readRefused(target(hidden)));
            return new NotFound("contribution", id);
        });
    }

    /** The contributions with these ids that the viewer may see (others are absent): for pages naming many. */
    @Transactional(readOnly = true)
    public List<Contribution> all(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : repository.load(repository.visible(new java.util.LinkedHashSet<>(ids), current.viewer()));
    }

    /** The contribution list as its page filters it; what the viewer may not see is never counted. */
    /**
     * The packages these organisations contribute to, as far as the viewer may see their contributions (withdrawn
     * ones aside): a search by a nation's name finds the packages it funds.
     */
    @Transactional(readOnly = true)
    public List<UUID> packagesFundedBy(Collection<UUID> organisations) {
        return repository.packagesFundedBy(organisations, current.viewer());
    }

    @Transactional(readOnly = true)
    public PageOf<Contribution> list(ContributionFilter f, Paging paging) {
        var filter = new ContributionRepository.Filter(f.packageId(), f.contributor(), f.stage(),
                f.earmark() == null ? null : f.earmark().name(), f.currency() == null ? null : f.currency().code(),
                f.from(), f.until(), f.anyOf());
        return PageOf.of(repository.load(repository.page(filter, current.viewer(), paging)), paging,
                repository.count(filter, current.viewer()));
    }

    @Transactional(readOnly = true)
    public PageOf<Contribution> list(UUID packageId, UUID contributor, ContributionStage stage, Paging paging) {
        var filter = new ContributionRepository.Filter(packageId, contributor, stage);
        return PageOf.of(repository.load(repository.page(filter, current.viewer(), paging)), paging,
                repository.count(filter, current.viewer()));
    }
}
