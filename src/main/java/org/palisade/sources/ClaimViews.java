package org.palisade.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.organisations.OrganisationNames;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the claims pages show, read in a fixed number of statements: a record's claims side by side with their
 * sources, the lowest, used and highest value of each field and the conflicts; the list of open conflicts with
 * the records they are about.
 */
@Service
class ClaimViews {

    private final ClaimRepository claims;
    private final ConflictRepository conflicts;
    private final SourceRepository sources;
    private final Contributions contributions;
    private final Packages packages;
    private final Organisations organisations;
    private final OrganisationNames names;
    private final CurrentViewer current;

    ClaimViews(ClaimRepository claims, ConflictRepository conflicts, SourceRepository sources,
            Contributions contributions, Packages packages, Organisations organisations, OrganisationNames names,
            CurrentViewer current) {
        this.claims = claims;
        this.conflicts = conflicts;
        this.sources = sources;
        this.contributions = contributions;
        this.packages = packages;
        this.organisations = organisations;
        this.names = names;
        this.current = current;
    }

    /**
     * The record a claim is about, as the pages name it.
     *
     * @param kind   "contribution" or "package"
     * @param label  e.g. "Denmark + Sweden" (a contribution's contributors, named in the reader's language as the
     *               contributions list names them) or the package's name
     * @param number the package's number, 0 for a contribution
     * @param figure the record's own figure: a contribution's current amount, a package's target
     */
    record RecordRef(String kind, UUID id, int number, String label, Money figure) {
        public String path() {
            return "/claims/" + kind + "s/" + id;
        }
    }

    /** A claim with its source, as far as the viewer may see the source (null when not). */
    record ClaimRow(Claim claim, Source source, Set<String> disputed) {
    }

    /**
     * The lowest, used and highest value one field takes among the claims. For contributors and currency, which
     * have no order, {@code others} lists the values other claims give instead.
     */
    record Spread(ConflictField field, Object low, Object used, Object high, List<Object> others, boolean conflict) {
    }

    /** How many claims, sources and open conflicts a record has: a package's contributions on its page. */
    record Summary(RecordRef record, long claims, long sources, long openConflicts) {
    }

    record RecordClaims(RecordRef record, List<ClaimRow> claims, List<Spread> spreads, List<ClaimConflict> conflicts,
            boolean mayChoose, boolean mayResolve, boolean mayClaim, List<Summary> parts) {

        public ClaimRow used() {
            return claims.stream().filter(r -> r.claim().used()).findFirst().orElse(null);
        }

        public long sources() {
            return claims.stream().map(r -> r.claim().sourceId()).distinct().count();
        }

        public List<ClaimConflict> open() {
            return conflicts.stream().filter(ClaimConflict::isOpen).toList();
        }

        /** The number of a claim, for a conflict naming its claims. */
        public int numberOf(UUID claimId) {
            return claims.stream().filter(r -> r.claim().id().equals(claimId)).mapToInt(r -> r.claim().number())
                    .findFirst().orElse(0);
        }
    }

    /** An open conflict in the list: the record it is about and the claims it holds. */
    record ConflictRow(ClaimConflict conflict, RecordRef record, List<Claim> claims) {
    }

    @Transactional(readOnly = true)
    RecordClaims ofContribution(UUID id) {
        Contribution c = contributions.get(id);
        Viewer viewer = current.viewer();
        return view(contributionRef(c, names(List.of(c))), viewer,
                SourcePermissions.mayClaimAbout(viewer, c));
    }

    @Transactional(readOnly = true)
    RecordClaims ofPackage(UUID id) {
        AidPackage p = packages.get(id);
        Viewer viewer = current.viewer();
        List<Contribution> ofPackage = contributions.list(id, null, null,
                Paging.of(0, Paging.MAX_SIZE, "announced", Contributions.SORTABLE)).items();
        Map<UUID, String> named = names(ofPackage);
        Map<UUID, long[]> counted = claims.counts(ofPackage.stream().map(Contribution::id).toList());
        List<Summary> parts = ofPackage.stream().filter(c -> counted.containsKey(c.id())).map(c -> {
            long[] n = counted.get(c.id());
            return new Summary(contributionRef(c, named), n[0], n[1], n[2]);
        }).toList();
        return view(packageRef(p), viewer, SourcePermissions.toClaimAboutPackage().grants(viewer), parts);
    }

    private RecordClaims view(RecordRef ref, Viewer viewer, boolean mayClaim) {
        return view(ref, viewer, mayClaim, List.of());
    }

    private RecordClaims view(RecordRef ref, Viewer viewer, boolean mayClaim, List<Summary> parts) {
        List<Claim> found = claims.about(ref.id());
        Map<UUID, Source> seen = new HashMap<>();
        sources.all(found.stream().map(Claim::sourceId).collect(java.util.stream.Collectors.toSet()), viewer)
                .forEach(s -> seen.put(s.id(), s));
        List<ClaimConflict> about = conflicts.about(ref.id());
        Map<UUID, Set<String>> disputed = new HashMap<>();
        about.stream().filter(ClaimConflict::isOpen).forEach(k -> k.claims().forEach(
                id -> disputed.computeIfAbsent(id, x -> new HashSet<>()).add(k.field().name())));
        List<ClaimRow> rows = found.stream().map(c -> new ClaimRow(c, seen.get(c.sourceId()),
                disputed.getOrDefault(c.id(), Set.of()))).toList();
        Set<ConflictField> open = new HashSet<>();
        about.stream().filter(ClaimConflict::isOpen).forEach(k -> open.add(k.field()));
        boolean decide = SourcePermissions.mayDecide(viewer);
        return new RecordClaims(ref, rows, spreads(found, open), about, decide, decide, mayClaim, parts);
    }

    /** Low, used and high of each field among the claims (a field no claim speaks of is left out). */
    static List<Spread> spreads(List<Claim> claims, Set<ConflictField> open) {
        Claim used = claims.stream().filter(Claim::used).findFirst().orElse(null);
        List<Spread> spreads = new ArrayList<>();
        List<Claim> named = claims.stream().filter(c -> !c.contributors().isEmpty()).toList();
        if (!named.isEmpty()) {
            List<String> usedSet = used == null || used.contributors().isEmpty() ? null : sorted(used.contributors());
            spreads.add(new Spread(ConflictField.CONTRIBUTORS, null, usedSet == null ? null : String.join(", ", usedSet),
                    null, others(named.stream().map(c -> String.join(", ", sorted(c.contributors()))).toList(),
                            usedSet == null ? null : String.join(", ", usedSet)),
                    open.contains(ConflictField.CONTRIBUTORS)));
        }
        List<Claim> amounts = claims.stream().filter(c -> c.amount() != null).toList();
        if (!amounts.isEmpty()) {
            String currency = used != null && used.amount() != null ? used.amount().currency().code()
                    : amounts.get(0).amount().currency().code();
            spreads.add(new Spread(ConflictField.CURRENCY, null,
                    used != null && used.amount() != null ? currency : null, null,
                    others(amounts.stream().map(c -> (Object) c.amount().currency().code()).toList(),
                            used != null && used.amount() != null ? currency : null),
                    open.contains(ConflictField.CURRENCY)));
            List<Money> same = amounts.stream().map(Claim::amount).filter(m -> m.currency().code().equals(currency))
                    .sorted(Comparator.comparing(Money::amount)).toList();
            spreads.add(new Spread(ConflictField.AMOUNT, same.get(0), used == null ? null : used.amount(),
                    same.get(same.size() - 1), List.of(), open.contains(ConflictField.AMOUNT)));
        }
        List<Claim> dated = claims.stream().filter(c -> c.date() != null)
                .sorted(Comparator.comparing(Claim::date)).toList();
        if (!dated.isEmpty()) {
            spreads.add(new Spread(ConflictField.DATE, dated.get(0), used == null || used.date() == null ? null : used,
                    dated.get(dated.size() - 1), List.of(), open.contains(ConflictField.DATE)));
        }
        return spreads;
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }

    private static List<Object> others(List<?> values, Object used) {
        Set<Object> distinct = new LinkedHashSet<>(values);
        distinct.remove(used);
        return List.copyOf(distinct);
    }

    /** Open conflicts the viewer may see, each with its record and its claims, in a fixed number of statements. */
    @Transactional(readOnly = true)
    PageOf<ConflictRow> openConflicts(Paging paging) {
        Viewer viewer = current.viewer();
        List<ClaimConflict> page = conflicts.open(viewer, paging);
        Map<UUID, RecordRef> refs = refs(page.stream().map(ClaimConflict::contributionId).filter(Objects::nonNull)
                .toList(), page.stream().map(ClaimConflict::packageId).filter(Objects::nonNull).toList());
        Map<UUID, Claim> byId = new HashMap<>();
        claims.all(page.stream().flatMap(k -> k.claims().stream()).toList()).forEach(c -> byId.put(c.id(), c));
        List<ConflictRow> rows = page.stream().map(k -> new ConflictRow(k, refs.get(k.recordId()),
                k.claims().stream().map(byId::get).filter(Objects::nonNull).toList())).toList();
        return PageOf.of(rows, paging, conflicts.countOpen(viewer));
    }

    /** One conflict with its record and its claims side by side. */
    @Transactional(readOnly = true)
    ConflictRow conflict(ClaimConflict k) {
        RecordRef ref = refs(k.contributionId() == null ? List.of() : List.of(k.contributionId()),
                k.packageId() == null ? List.of() : List.of(k.packageId())).get(k.recordId());
        return new ConflictRow(k, ref, claims.all(k.claims()));
    }

    /** The records these conflicts or claims are about, as the viewer may see them. */
    Map<UUID, RecordRef> refs(List<UUID> contributionIds, List<UUID> packageIds) {
        Map<UUID, RecordRef> refs = new HashMap<>();
        if (!contributionIds.isEmpty()) {
            List<Contribution> found = contributions.all(contributionIds);
            Map<UUID, String> named = names(found);
            found.forEach(c -> refs.put(c.id(), contributionRef(c, named)));
        }
        if (!packageIds.isEmpty()) {
            packages.all(packageIds).forEach(p -> refs.put(p.id(), packageRef(p)));
        }
        return refs;
    }

    /** The contributors' names in the reader's language ("Canada", "Канада"), not their codes. */
    private Map<UUID, String> names(List<Contribution> found) {
        Map<UUID, String> named = new HashMap<>();
        organisations.all(found.stream().flatMap(c -> c.contributors().stream()).distinct().toList())
                .forEach(o -> named.put(o.id(), names.name(o)));
        return named;
    }

    private static RecordRef contributionRef(Contribution c, Map<UUID, String> names) {
        return new RecordRef("contribution", c.id(), 0,
                String.join(" + ", c.contributors().stream().map(id -> names.getOrDefault(id, "?")).toList()),
                c.current());
    }

    private static RecordRef packageRef(AidPackage p) {
        return new RecordRef("package", p.id(), p.number(), p.name(), p.target());
    }

}
