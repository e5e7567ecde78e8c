package org.palisade.contributions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.Conflict;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.RecordChanged;
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

    public static final Map<String, String> SORTABLE = Paging.sortKeys("announced", "c.announced_on", "stage", "c.stage",
            "created", "c.created_at", "pledged", "c.pledged_amount");

    private final ContributionRepository repository;
    private final Organisations organisations;
    private final Packages packages;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contributions(ContributionRepository repository, Organisations organisations, Packages packages,
            CurrentViewer current, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
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
     */
    public record Pledge(List<UUID> contributors, Money amount, UUID packageId, CapabilityCategory earmark,
            Disclosure disclosure, LocalDate announcedOn, LocalDate pledgedOn) {
    }

    @Transactional
    public Contribution pledge(Pledge p) {
        // contributors pledge only money their own nation is part of (alone or jointly)
        List<UUID> named = p.contributors() == null ? List.of() : p.contributors();
        access.require(ContributionPermissions.toPledge(named),
                Target.newRecord("contribution", named.isEmpty() ? null : named.get(0)));
        Violations v = new Violations();
        v.check(p.contributors() != null && !p.contributors().isEmpty(), "contributors",
                new ContributionRefusal.LeadMissing());
        if (p.contributors() != null) {
            List<Organisation> found = organisations.all(p.contributors());
            for (int i = 0; i < p.contributors().size(); i++) {
                UUID id = p.contributors().get(i);
                Organisation o = found.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (o == null) {
                    v.add("contributors[" + i + "]", new ContributionRefusal.UnknownContributor(id));
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
            packages.visible(p.packageId()).ifPresentOrElse(target -> {
                if (target.status() == PackageStatus.CANCELLED || target.status() == PackageStatus.DELIVERED) {
                    v.add("package", new ContributionRefusal.PackageClosed(target.number(), target.status()));
                }
            }, () -> v.add("package", new ContributionRefusal.UnknownPackage(p.packageId())));
        }
        v.throwIfAny();
        LocalDate pledgedOn = p.pledgedOn() == null ? p.announcedOn() : p.pledgedOn();
        Contribution c = new Contribution(UUID.randomUUID(), p.contributors(), p.packageId(), p.earmark(), p.disclosure(),
                p.announcedOn(), ContributionStage.PLEDGED, p.amount(), pledgedOn, null, null, null, null,
                clock.instant(), 0);
        repository.insert(c);
        events.publishEvent(new RecordChanged("contribution", c.id(), c.owner(), "pledged", null, c, null));
        return c;
    }

    @Transactional
    public Contribution commit(UUID id, Money amount, LocalDate on, Long expectedVersion) {
        Contribution before = get(id);
        requireContributor(before, "commit");
        return save(before, before.commit(amount, on), expectedVersion, "committed");
    }

    @Transactional
    public Contribution pay(UUID id, Money amount, LocalDate on, Long expectedVersion) {
        Contribution before = get(id);
        requireContributor(before, "pay");
        return save(before, before.pay(amount, on), expectedVersion, "paid");
    }

    private Contribution save(Contribution before, Contribution after, Long expectedVersion, String action) {
        long version = expectedVersion == null ? before.version() : expectedVersion;
        if (!repository.updateStages(after, version)) {
            throw Conflict.staleVersion("contribution", before.id(), version);
        }
        Contribution saved = get(before.id());
        events.publishEvent(new RecordChanged("contribution", saved.id(), saved.owner(), action, before, saved, null));
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

    @Transactional(readOnly = true)
    public PageOf<Contribution> list(UUID packageId, UUID contributor, ContributionStage stage, Paging paging) {
        var filter = new ContributionRepository.Filter(packageId, contributor, stage);
        return PageOf.of(repository.load(repository.page(filter, current.viewer(), paging)), paging,
                repository.count(filter, current.viewer()));
    }
}
