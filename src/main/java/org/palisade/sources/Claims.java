package org.palisade.sources;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.palisade.sources.ClaimRefusal.AlreadyUsed;
import org.palisade.sources.ClaimRefusal.AmountOutOfRange;
import org.palisade.sources.ClaimRefusal.ClaimNotInConflict;
import org.palisade.sources.ClaimRefusal.ConflictResolved;
import org.palisade.sources.ClaimRefusal.ContributorCodeMalformed;
import org.palisade.sources.ClaimRefusal.NothingClaimed;
import org.palisade.sources.ClaimRefusal.ReasonMissing;
import org.palisade.sources.ClaimRefusal.TooLong;
import org.palisade.sources.ClaimRefusal.UnknownSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of claims: record what a source says about a contribution or a package, choose the claim a record
 * uses, and resolve the conflicts that {@link ClaimConflicts} finds between claims about the same record. Every
 * change is audited. Another module may call {@link #recordFor} inside its own transaction.
 */
@Service
public class Claims {

    static final String RECORD_TYPE = "claim";
    static final String CONFLICT_TYPE = "claim-conflict";
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;
    public static final org.palisade.platform.SortOrder.Columns CONFLICT_SORTABLE = org.palisade.platform.SortOrder
            .Columns.of("detected", "k.detected_at", "number", "k.number", "field", "k.field")
            .descendingFirst("detected", "number");

    private final ClaimRepository repository;
    private final ConflictRepository conflicts;
    private final SourceRepository sources;
    private final Contributions contributions;
    private final Packages packages;
    private final ClaimSettings settings;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Claims(ClaimRepository repository, ConflictRepository conflicts, SourceRepository sources,
            Contributions contributions, Packages packages, ClaimSettings settings, CurrentViewer current,
            AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.conflicts = conflicts;
        this.sources = sources;
        this.contributions = contributions;
        this.packages = packages;
        this.settings = settings;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The record a claim is about, as far as claims need it. */
    record About(UUID contributionId, UUID packageId, UUID owner) {
        UUID id() {
            return contributionId != null ? contributionId : packageId;
        }
    }

    /**
     * Records a claim about a contribution the current user may see, and returns its id; joins the caller's
     * transaction. The first claim about a record becomes the one it uses (with no reason: it was the only one).
     */
    @Transactional
    public UUID recordFor(UUID contributionId, ClaimDraft draft) {
        return recordFor(contributionId, draft, new Violations()).id();
    }

    @Transactional
    public Claim recordFor(UUID contributionId, ClaimDraft draft, Violations v) {
        Contribution c = contributions.get(contributionId);
        access.require(SourcePermissions.toClaimAbout(current.viewer(), c), new Target(RECORD_TYPE, null, c.owner()));
        return record(new About(c.id(), null, c.owner()), draft, v);
    }

    /** Records a claim about a package the current user may see, and returns its id. */
    @Transactional
    public UUID recordForPackage(UUID packageId, ClaimDraft draft) {
        return recordForPackage(packageId, draft, new Violations()).id();
    }

    @Transactional
    public Claim recordForPackage(UUID packageId, ClaimDraft draft, Violations v) {
        AidPackage p = packages.get(packageId);
        access.require(SourcePermissions.toClaimAboutPackage(), new Target(RECORD_TYPE, null, p.owner()));
        return record(new About(null, p.id(), p.owner()), draft, v);
    }

    private Claim record(About about, ClaimDraft d, Violations v) {
        if (d.sourceId() == null || sources.find(d.sourceId(), current.viewer()).isEmpty()) {
            v.add("sourceId", new UnknownSource());
        }
        List<String> codes = new ArrayList<>();
        List<String> given = d.contributors() == null ? List.of() : d.contributors();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(java.util.Locale.ROOT);
            if (!code.matches("[A-Z]{3}|EU|NATO")) {
                v.add("contributors[" + i + "]", new ContributorCodeMalformed(given.get(i)));
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        Money amount = d.amount();
        if (amount != null && (!amount.isPositive() || amount.amount().compareTo(Money.MAX) > 0)) {
            v.add("amount.amount", new AmountOutOfRange(amount.amount(), amount.currency().code()));
        }
        if (codes.isEmpty() && amount == null && d.date() == null && !v.mentions("contributors")
                && !v.mentions("amount")) {
            v.add("amount", new NothingClaimed());
        }
        String items = limited(d.items(), "items", v);
        String evidence = limited(d.evidence(), "evidence", v);
        v.throwIfAny();
        DatePrecision precision = d.date() == null ? null
                : d.datePrecision() == null ? DatePrecision.DAY : d.datePrecision();
        java.time.LocalDate date = precision == DatePrecision.MONTH ? d.date().withDayOfMonth(1) : d.date();
        repository.lockRecord(about.id());
        boolean first = repository.about(about.id()).stream().noneMatch(Claim::used);
        Instant now = clock.instant();
        Claim draft = new Claim(UUID.randomUUID(), 0, about.contributionId(), about.packageId(), d.sourceId(), codes,
                amount, d.bound() == null ? ClaimBound.EXACT : d.bound(), date, precision, d.program(), items, evidence,
                first, first ? current.username() : null, first ? now : null, null, now,
                current.username(), 0);
        repository.insert(draft);
        Claim created = repository.find(draft.id(), Viewer.SYSTEM).orElseThrow();
        events.publishEvent(new RecordChanged(RECORD_TYPE, created.id(), about.owner(), "recorded", null, created,
                null));
        detectConflicts(about);
        return created;
    }

    /**
     * Makes the claim the one its record uses, with the reason; the claim used before is no longer. Audited on
     * both claims.
     */
    @Transactional
    public Claim use(UUID claimId, String reason, Long expectedVersion) {
        Claim before = get(claimId);
        About about = about(before);
        access.require(SourcePermissions.toChooseUsed(), new Target(RECORD_TYPE, before.id(), about.owner()));
        String why = reason(reason);
        repository.lockRecord(about.id());
        before = repository.find(claimId, Viewer.SYSTEM).orElseThrow();
        if (before.used()) {
            throw new Conflict(new AlreadyUsed(before.number()));
        }
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw Conflict.staleVersion(RECORD_TYPE, before.number(), expectedVersion);
        }
        Optional<Claim> previous = repository.about(about.id()).stream().filter(Claim::used).findFirst();
        Claim chosen = before.chosen(current.username(), clock.instant(), why);
        if (!repository.use(chosen, before.version())) {
            throw Conflict.staleVersion(RECORD_TYPE, before.number(), before.version());
        }
        previous.ifPresent(p -> events.publishEvent(new RecordChanged(RECORD_TYPE, p.id(), about.owner(), "unused", p,
                repository.find(p.id(), Viewer.SYSTEM).orElseThrow(), why)));
        Claim saved = repository.find(claimId, Viewer.SYSTEM).orElseThrow();
        events.publishEvent(new RecordChanged(RECORD_TYPE, saved.id(), about.owner(), "used", before, saved, why));
        return saved;
    }

    /**
     * Resolves an open conflict with a decision and its reason; {@link ConflictDecision#USE_OTHER} makes
     * {@code claimId}, one of the claims in conflict, the one the record uses.
     */
    @Transactional
    public ClaimConflict resolve(UUID conflictId, ConflictDecision decision, UUID claimId, String reason,
            Long expectedVersion) {
        ClaimConflict before = conflict(conflictId);
        About about = about(before.contributionId(), before.packageId());
        access.require(SourcePermissions.toResolve(), new Target(CONFLICT_TYPE, before.id(), about.owner()));
        if (!before.isOpen()) {
            throw new Conflict(new ConflictResolved(before.number()));
        }
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw Conflict.staleVersion(CONFLICT_TYPE, before.number(), expectedVersion);
        }
        Violations v = new Violations();
        if (decision == null) {
            v.add("decision", "decision is required: KEEP_USED, USE_OTHER or NOT_A_CONFLICT");
        }
        String why = reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON ? null : reason.strip();
        v.check(why != null, "reason", new ReasonMissing(MAX_REASON));
        Claim kept = null;
        if (decision == ConflictDecision.USE_OTHER) {
            if (claimId == null || !before.claims().contains(claimId)) {
                Integer number = claimId == null ? null
                        : repository.find(claimId, current.viewer()).map(Claim::number).orElse(null);
                v.add("claimId", new ClaimNotInConflict(number == null ? 0 : number, before.number()));
            } else {
                kept = repository.find(claimId, Viewer.SYSTEM).orElseThrow();
            }
        }
        v.throwIfAny();
        if (kept != null && !kept.used()) {
            use(kept.id(), why, null);
        }
        UUID keptId = kept != null ? kept.id() : decision == ConflictDecision.KEEP_USED
                ? repository.about(about.id()).stream().filter(Claim::used).map(Claim::id).findFirst().orElse(null)
                : null;
        ClaimConflict resolved = new ClaimConflict(before.id(), before.number(), before.contributionId(),
                before.packageId(), before.field(), before.claims(), before.detectedAt(), decision, keptId, why,
                clock.instant(), current.username(), before.version());
        if (!conflicts.resolve(resolved, before.version())) {
            throw Conflict.staleVersion(CONFLICT_TYPE, before.number(), before.version());
        }
        ClaimConflict saved = conflicts.find(before.id(), Viewer.SYSTEM).orElseThrow();
        events.publishEvent(new RecordChanged(CONFLICT_TYPE, saved.id(), about.owner(), "resolved", before, saved, why));
        return saved;
    }

    /**
     * Applies {@link ClaimConflicts} to the record's claims: a field that disagrees gets an open conflict unless
     * one is open already (it then holds every disagreeing claim) or a resolution already decided about exactly
     * these claims. The record's claims are locked by the caller.
     */
    private void detectConflicts(About about) {
        List<Claim> claims = repository.about(about.id());
        List<ClaimConflict> known = conflicts.about(about.id());
        for (ClaimConflicts.Disagreement d : ClaimConflicts.among(claims, settings.tolerance())) {
            Optional<ClaimConflict> open = known.stream().filter(k -> k.isOpen() && k.field() == d.field()).findFirst();
            if (open.isPresent()) {
                if (!new HashSet<>(open.get().claims()).equals(new HashSet<>(d.claims()))) {
                    conflicts.updateClaims(open.get().id(), d.claims());
                    events.publishEvent(new RecordChanged(CONFLICT_TYPE, open.get().id(), about.owner(), "widened",
                            open.get(), conflicts.find(open.get().id(), Viewer.SYSTEM).orElseThrow(), null));
                }
                continue;
            }
            boolean decided = known.stream().anyMatch(k -> k.field() == d.field()
                    && new HashSet<>(k.claims()).containsAll(d.claims()));
            if (!decided) {
                ClaimConflict k = new ClaimConflict(UUID.randomUUID(), 0, about.contributionId(), about.packageId(),
                        d.field(), d.claims(), clock.instant(), null, null, null, null, null, 0);
                conflicts.insert(k);
                events.publishEvent(new RecordChanged(CONFLICT_TYPE, k.id(), about.owner(), "detected", null,
                        conflicts.find(k.id(), Viewer.SYSTEM).orElseThrow(), null));
            }
        }
    }

    /** A claim the current viewer may see (the record it is about must be visible to them); otherwise 404. */
    @Transactional(readOnly = true)
    public Claim get(UUID id) {
        return repository.find(id, current.viewer()).orElseThrow(() -> {
            repository.find(id, Viewer.SYSTEM).ifPresent(hidden -> access.readRefused(
                    new Target(RECORD_TYPE, id, null)));
            return new NotFound(RECORD_TYPE, id);
        });
    }

    /** A conflict the current viewer may see; otherwise 404. */
    @Transactional(readOnly = true)
    public ClaimConflict conflict(UUID id) {
        return conflicts.find(id, current.viewer()).orElseThrow(() -> {
            conflicts.find(id, Viewer.SYSTEM).ifPresent(hidden -> access.readRefused(
                    new Target(CONFLICT_TYPE, id, null)));
            return new NotFound("conflict", id);
        });
    }

    /** The claims about a contribution the current viewer may see (404 otherwise), oldest first. */
    @Transactional(readOnly = true)
    public List<Claim> ofContribution(UUID contributionId) {
        return repository.about(contributions.get(contributionId).id());
    }

    /** The claims about a package the current viewer may see (404 otherwise), oldest first. */
    @Transactional(readOnly = true)
    public List<Claim> ofPackage(UUID packageId) {
        return repository.about(packages.get(packageId).id());
    }

    /** The conflicts, open and resolved, about a record whose claims the caller has read. */
    @Transactional(readOnly = true)
    List<ClaimConflict> conflictsAbout(UUID recordId) {
        return conflicts.about(recordId);
    }

    /** Open conflicts about records the current viewer may see. */
    @Transactional(readOnly = true)
    public PageOf<ClaimConflict> openConflicts(Paging paging) {
        return PageOf.of(conflicts.open(current.viewer(), paging), paging, conflicts.countOpen(current.viewer()));
    }

    /** The claims resting on a source, as far as the viewer may see the records they are about. */
    @Transactional(readOnly = true)
    public List<Claim> ofSource(UUID sourceId) {
        return repository.ofSource(sourceId, current.viewer());
    }

    private About about(Claim c) {
        return about(c.contributionId(), c.packageId());
    }

    private About about(UUID contributionId, UUID packageId) {
        if (contributionId != null) {
            return new About(contributionId, null, contributions.get(contributionId).owner());
        }
        return new About(null, packageId, packages.get(packageId).owner());
    }

    static String limited(String text, String field, Violations v) {
        String t = Sources.text(text);
        if (t != null && t.length() > MAX_TEXT) {
            v.add(field, new TooLong(MAX_TEXT, t.length()));
            return null;
        }
        return t;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new InvalidRequest("reason", new ReasonMissing(MAX_REASON));
        }
        return reason.strip();
    }
}
