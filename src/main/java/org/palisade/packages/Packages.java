package org.palisade.packages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRates;
import org.palisade.money.MissingRate;
import org.palisade.money.Money;
import org.palisade.money.RateTable;
import org.palisade.platform.Conflict;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.Requirements;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Disclosure;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of packages: assemble from the approved list, move through their life, measure coverage. */
@Service
public class Packages {

    /** What the package list sorts by; status by the order of a package's life. */
    public static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("number", "number", "name", "name",
            "status", SortOrder.inOrderOf("status", PackageStatus.values()), "created", "created_at")
            .descendingFirst("number", "created");

    private final PackageRepository repository;
    private final Requirements requirements;
    private final FundingLedger funding;
    private final ExchangeRates rates;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Packages(PackageRepository repository, Requirements requirements, FundingLedger funding, ExchangeRates rates,
            CurrentViewer current, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.requirements = requirements;
        this.funding = funding;
        this.rates = rates;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A request for a new package; items are requirement item ids with quantities. */
    public record Proposal(String name, Money target, UUID owner, Disclosure disclosure, List<PackageItem> items) {
    }

    @Transactional
    public AidPackage propose(Proposal proposal) {
        return propose(proposal, new Violations());
    }

    /** Proposes a package, reporting its problems together with those the caller found reading the input. */
    @Transactional
    public AidPackage propose(Proposal proposal, Violations v) {
        // coordinators assemble packages, and only in their own organisation's name
        // (a missing owner is a 422 below)
        access.require(PackagePermissions.toPropose(proposal.owner()), Target.newRecord("package", proposal.owner()));
        v.check(proposal.target() != null || v.mentions("target"), "target", new PackageRefusal.TargetMissing());
        v.check(proposal.name() != null && !proposal.name().isBlank() && proposal.name().length() <= 200, "name",
                new PackageRefusal.NameMissing());
        v.check(proposal.owner() != null || v.mentions("owner"), "owner", new PackageRefusal.OwnerMissing());
        List<PackageItem> items = proposal.items() == null ? List.of() : proposal.items();
        checkAvailable(items, v);
        v.throwIfAny();
        AidPackage draft = new AidPackage(UUID.randomUUID(), 0, proposal.name().strip(), proposal.target(),
                PackageStatus.PROPOSED, proposal.owner(),
                proposal.disclosure() == null ? Disclosure.PUBLIC : proposal.disclosure(), items, clock.instant(), 0);
        repository.insert(draft);
        repository.recordStatus(draft.id(), PackageStatus.PROPOSED, draft.createdAt(), current.username(), null);
        AidPackage created = get(draft.id());
        events.publishEvent(new RecordChanged("package", created.id(), created.owner(), "proposed", null, created, null));
        return created;
    }

    /** Adds quantities of approved items while the package is proposed or open. */
    @Transactional
    public AidPackage addItems(UUID id, List<PackageItem> items, Long expectedVersion) {
        AidPackage before = get(id);
        access.require(PackagePermissions.toAddItems(before), target(before));
        AidPackage after = before.withItems(items);
        Violations v = new Violations();
        checkAvailable(items, v);
        v.throwIfAny();
        long version = expectedVersion == null ? before.version() : expectedVersion;
        if (!repository.bumpVersion(id, version)) {
            throw Conflict.staleVersion("package", before.number(), version);
        }
        repository.replaceItems(id, after.items());
        AidPackage saved = get(id);
        events.publishEvent(new RecordChanged("package", id, saved.owner(), "items-added", before, saved, null));
        return saved;
    }

    /**
     * Refuses quantities beyond what an item has left after all live packages: the items are locked first,
     * so two packages taking the same item at the same moment are checked one after the other.
     */
    private void checkAvailable(List<PackageItem> items, Violations v) {
        if (items.isEmpty()) {
            return;
        }
        Set<UUID> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.requirementItemId()));
        Map<UUID, RequirementItem> found = new LinkedHashMap<>();
        requirements.lockItemsForAllocation(ids).forEach(i -> found.put(i.id(), i));
        Allocation.check(items, found, repository.allocated(ids)).forEach(r -> v.add(r.field(), r.refusal()));
    }

    @Transactional
    public AidPackage open(UUID id, Long expectedVersion, String reason) {
        return transition(id, PackageStatus.OPEN, expectedVersion, reason, AidPackage::open);
    }

    /** Moves to funded when committed contributions, converted at their dates, cover the target. */
    @Transactional
    public AidPackage fund(UUID id, Long expectedVersion, String reason) {
        return transition(id, PackageStatus.FUNDED, expectedVersion, reason, p -> {
            Coverage coverage = coverage(p, Viewer.SYSTEM);
            // funding is judged on every committed amount: one still without a rate is a reason to wait
            coverage.committed().notConverted().stream().findFirst().ifPresent(waiting -> {
                throw new MissingRate(waiting.amount().currency(), waiting.since());
            });
            return p.markFunded(coverage);
        });
    }

    @Transactional
    public AidPackage contract(UUID id, Long expectedVersion, String reason) {
        return transition(id, PackageStatus.CONTRACTED, expectedVersion, reason, AidPackage::contract);
    }

    /**
     * The package, locked (SELECT ... FOR NO KEY UPDATE) until the caller's transaction ends, for the deliveries
     * module: shipments of one package are then recorded and confirmed one after the other, so their quantities
     * are checked against what is already shipped and the package's status moves once. Rows that only reference
     * the package by foreign key (a pledge) are not held up by the lock. 404 when the viewer may not see it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AidPackage lockForDelivery(UUID id) {
        get(id);
        repository.lock(id);
        return get(id);
    }

    /**
     * Delivering starts with the first handover: called by the deliveries module, in the transaction that
     * recorded it, after that module checked who may record it. Nobody moves a package there by hand.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AidPackage deliveryStarted(UUID id, String reason) {
        return transition(id, PackageStatus.DELIVERING, null, reason, AidPackage::startDelivery, false);
    }

    /**
     * Delivered once every item is confirmed in full and no discrepancy is open: called by the deliveries
     * module, like {@link #deliveryStarted}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AidPackage deliveredInFull(UUID id, String reason) {
        return transition(id, PackageStatus.DELIVERED, null, reason, AidPackage::deliver, false);
    }

    @Transactional
    public AidPackage cancel(UUID id, Long expectedVersion, String reason) {
        return transition(id, PackageStatus.CANCELLED, expectedVersion, reason, AidPackage::cancel);
    }

    private AidPackage transition(UUID id, PackageStatus target, Long expectedVersion, String reason,
            UnaryOperator<AidPackage> move) {
        return transition(id, target, expectedVersion, reason, move, true);
    }

    /** @param byHand false when the deliveries module moves the package, having checked the person's right */
    private AidPackage transition(UUID id, PackageStatus target, Long expectedVersion, String reason,
            UnaryOperator<AidPackage> move, boolean byHand) {
        AidPackage before = get(id);
        if (byHand) {
            access.require(PackagePermissions.toMove(before, target), target(before));
        }
        long version = expectedVersion == null ? before.version() : expectedVersion;
        if (version != before.version()) {
            throw Conflict.staleVersion("package", before.number(), version);
        }
        AidPackage after = move.apply(before);
        if (!repository.updateStatus(after, version)) {
            throw Conflict.staleVersion("package", before.number(), version);
        }
        repository.recordStatus(id, after.status(), clock.instant(), current.username(), reason);
        AidPackage saved = get(id);
        events.publishEvent(new RecordChanged("package", id, saved.owner(), after.status().action(), before, saved,
                reason));
        return saved;
    }

    private static Target target(AidPackage p) {
        return new Target("package", p.id(), p.owner());
    }

    /** A package the current viewer may see; otherwise 404, without saying whether it exists. */
    @Transactional(readOnly = true)
    public AidPackage get(UUID id) {
        Viewer viewer = current.viewer();
        return repository.find(id, viewer).orElseThrow(() -> {
            repository.find(id).ifPresent(hidden -> access.readRefused(target(hidden)));
            return new NotFound("package", id);
        });
    }

    /**
     * One package as its page and the API's detail show it, for the current viewer: the package, its coverage,
     * timeline, items with their requirements, estimated value and the viewer's allowed moves. A fixed number
     * of statements whatever the package holds: the package (visibility, items, row), its funding and rates,
     * its timeline, and its requirement items with the versions they belong to.
     */
    @Transactional(readOnly = true)
    public PackageDetail detail(UUID id) {
        Viewer viewer = current.viewer();
        AidPackage p = get(id);
        Coverage coverage = coverage(p, viewer);
        Map<UUID, RequirementItem> known = new HashMap<>();
        requirements.items(p.items().stream().map(PackageItem::requirementItemId).toList())
                .forEach(r -> known.put(r.id(), r));
        List<PackageDetail.Line> lines = p.items().stream()
                .map(i -> new PackageDetail.Line(i, known.get(i.requirementItemId())))
                .sorted(java.util.Comparator.comparing((PackageDetail.Line l) -> l.requirement() == null ? null
                        : l.requirement().rank(), java.util.Comparator.nullsLast(Integer::compare)))
                .toList();
        return new PackageDetail(p, coverage, repository.timeline(id), lines, estimatedValue(p, lines),
                PackagePermissions.moves(viewer, p), PackagePermissions.mayAddItems(viewer, p));
    }

    /**
     * The items' estimated value in the target's currency at today's rates; null when the viewer may not read an
     * item's list or a cost cannot be converted (the estimate would be wrong, not just rough).
     */
    private Money estimatedValue(AidPackage p, List<PackageDetail.Line> lines) {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.requirement() == null)) {
            return null;
        }
        Set<CurrencyCode> currencies = new HashSet<>();
        currencies.add(p.target().currency());
        lines.forEach(l -> currencies.add(l.value().currency()));
        RateTable table = rates.table(currencies);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Money total = Money.zero(p.target().currency());
        try {
            for (PackageDetail.Line line : lines) {
                total = total.plus(table.convert(line.value(), p.target().currency(), today));
            }
        } catch (MissingRate e) {
            return null;
        }
        return total;
    }

    /** The packages with these ids the viewer may see (others and unknown ids are absent): for pages naming many. */
    @Transactional(readOnly = true)
    public List<AidPackage> all(Collection<UUID> ids) {
        // only those the viewer may see: a page must not name a confidential package to others
        return repository.load(repository.visible(new java.util.LinkedHashSet<>(ids), current.viewer()));
    }

    /**
     * A package the current viewer may see, or empty, for a use case that refuses an unknown package and a
     * hidden one alike (the hidden one is logged as a refused read, as {@link #get} does).
     */
    @Transactional(readOnly = true)
    public Optional<AidPackage> visible(UUID id) {
        Optional<PackageRepository.Sighting> sighting = repository.sight(id, current.viewer());
        sighting.filter(s -> !s.visible()).ifPresent(hidden -> access.readRefused(target(hidden.pkg())));
        return sighting.filter(PackageRepository.Sighting::visible).map(PackageRepository.Sighting::pkg);
    }

    @Transactional(readOnly = true)
    public PageOf<AidPackage> list(PackageStatus status, Paging paging) {
        Viewer viewer = current.viewer();
        return PageOf.of(repository.load(repository.page(status, viewer, paging)), paging,
                repository.count(status, viewer));
    }

    /**
     * Every package with a step by hand the viewer may take now (open, mark funded, contract; cancelling never
     * waits), newest first, however many packages exist: the database picks the packages in a status whose step
     * the viewer's role may take ({@link PackagePermissions#waitingStatuses}); of the open ones only those whose
     * commitments cover the target wait to be marked funded, which their coverage says (read in slices).
     */
    @Transactional(readOnly = true)
    public PageOf<AidPackage> awaitingStep(Paging paging) {
        Viewer viewer = current.viewer();
        PackagePermissions.WaitingStatuses statuses = PackagePermissions.waitingStatuses(viewer);
        if (statuses.isEmpty()) {
            return PageOf.of(List.of(), paging, 0);
        }
        List<PackageRepository.Waiting> candidates = repository.waiting(statuses.owned(), viewer.organisationId(),
                statuses.anyOwner(), viewer);
        List<UUID> open = candidates.stream().filter(w -> w.status() == PackageStatus.OPEN)
                .map(PackageRepository.Waiting::id).toList();
        Set<UUID> covered = new HashSet<>();
        for (int from = 0; from < open.size(); from += Paging.MAX_SIZE) {
            coverage(repository.load(open.subList(from, Math.min(open.size(), from + Paging.MAX_SIZE))), viewer)
                    .forEach((id, c) -> {
                        if (c.committed().isComplete()) {
                            covered.add(id);
                        }
                    });
        }
        List<UUID> waiting = candidates.stream()
                .filter(w -> w.status() != PackageStatus.OPEN || covered.contains(w.id()))
                .map(PackageRepository.Waiting::id).toList();
        int from = (int) Math.min(waiting.size(), paging.offset());
        return PageOf.of(repository.load(waiting.subList(from, Math.min(waiting.size(), from + paging.size()))),
                paging, waiting.size());
    }

    /**
     * Packages the viewer may see whose name has words beginning as typed, or whose number was typed; newest
     * first. Two statements and the page's load, with the name index of V20.
     */
    @Transactional(readOnly = true)
    public PageOf<AidPackage> search(org.palisade.platform.SearchWords words, Paging paging) {
        return search(words, List.of(), List.of(), paging);
    }

    /**
     * {@link #search}, and also the packages these organisations assembled (those whose names were typed) and
     * these packages ({@code also}: those they fund), as far as the viewer may see them.
     */
    @Transactional(readOnly = true)
    public PageOf<AidPackage> search(org.palisade.platform.SearchWords words, Collection<UUID> owners,
            Collection<UUID> also, Paging paging) {
        Viewer viewer = current.viewer();
        if (words.isEmpty()) {
            return PageOf.of(List.of(), paging, 0);
        }
        return PageOf.of(repository.load(repository.search(words, owners, also, viewer, paging)), paging,
                repository.countSearch(words, owners, also, viewer));
    }

    /**
     * The day each of these funded packages was funded: the latest commitment date among its contributions
     * (the commitment that completed its coverage), or the day it was marked funded when no commitment is dated.
     * Packages not funded yet are absent. For lead times, which count from funding.
     */
    @Transactional(readOnly = true)
    public Map<UUID, java.time.LocalDate> fundedOn(Collection<UUID> ids) {
        List<AidPackage> funded = all(ids).stream().filter(p -> p.status().ordinal() >= PackageStatus.FUNDED.ordinal()
                && p.status() != PackageStatus.CANCELLED).toList();
        // every contribution counts, disclosed or not: only the date is given out
        Map<UUID, List<Funding>> byPackage = funding.fundingOf(funded.stream().map(AidPackage::id).toList(),
                Viewer.SYSTEM);
        Map<UUID, java.time.LocalDate> result = new LinkedHashMap<>();
        for (AidPackage p : funded) {
            byPackage.getOrDefault(p.id(), List.of()).stream().map(Funding::committedOn)
                    .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                    .or(() -> repository.timeline(p.id()).stream().filter(t -> t.status() == PackageStatus.FUNDED)
                            .map(t -> java.time.LocalDate.ofInstant(t.at(), clock.getZone())).findFirst())
                    .ifPresent(day -> result.put(p.id(), day));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public List<StatusChange> timeline(UUID id) {
        get(id);
        return repository.timeline(id);
    }

    /** Coverage of a package as the current viewer may see it. */
    @Transactional(readOnly = true)
    public Coverage coverage(UUID id) {
        return coverage(get(id), current.viewer());
    }

    /** Coverage of many packages with one query for their funding and one for the rates. */
    @Transactional(readOnly = true)
    public Map<UUID, Coverage> coverage(Collection<AidPackage> packages) {
        return coverage(packages, current.viewer());
    }

    private Coverage coverage(AidPackage p, Viewer viewer) {
        return coverage(List.of(p), viewer).get(p.id());
    }

    private Map<UUID, Coverage> coverage(Collection<AidPackage> packages, Viewer viewer) {
        // targets in a currency the ledger keeps converted are read from its sums; any other is worked out from
        // the package's contributions (rare: targets are set in EUR or USD)
        Map<UUID, CurrencyCode> summed = new LinkedHashMap<>();
        List<AidPackage> others = new ArrayList<>();
        for (AidPackage p : packages) {
            if (FundingLedger.SUMMED.contains(p.target().currency())) {
                summed.put(p.id(), p.target().currency());
            } else {
                others.add(p);
            }
        }
        Map<UUID, FundedTotals> totals = summed.isEmpty() ? Map.of() : funding.totalsOf(summed, viewer);
        Map<UUID, Coverage> worked = others.isEmpty() ? Map.of() : coverageFromContributions(others, viewer);
        Map<UUID, Coverage> result = new LinkedHashMap<>();
        for (AidPackage p : packages) {
            FundedTotals t = totals.get(p.id());
            result.put(p.id(), t != null ? Coverage.of(p.target(), t) : worked.get(p.id()));
        }
        return result;
    }

    private Map<UUID, Coverage> coverageFromContributions(Collection<AidPackage> packages, Viewer viewer) {
        List<UUID> ids = packages.stream().map(AidPackage::id).toList();
        Map<UUID, List<Funding>> byPackage = funding.fundingOf(ids, viewer);
        RateTable table = rates.table(currencies(packages, byPackage.values()));
        Set<UUID> hidden = funding.withUndisclosedFunding(ids, viewer);
        Map<UUID, Coverage> result = new LinkedHashMap<>();
        for (AidPackage p : packages) {
            result.put(p.id(), Coverage.of(p.target(), byPackage.getOrDefault(p.id(), List.of()), table,
                    hidden.contains(p.id())));
        }
        return result;
    }

    private static Set<CurrencyCode> currencies(Collection<AidPackage> packages, Collection<List<Funding>> fundings) {
        Set<CurrencyCode> currencies = new HashSet<>();
        packages.forEach(p -> currencies.add(p.target().currency()));
        fundings.forEach(list -> list.forEach(f -> currencies.add(f.pledged().currency())));
        return currencies;
    }

}
