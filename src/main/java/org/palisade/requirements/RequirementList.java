package org.palisade.requirements;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.palisade.organisations.Organisation;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.Violations;
import org.palisade.security.Disclosure;

/**
 * One numbered version of the recipient's prioritized requirement list, owning its rules: items ranked 1..n
 * without gaps; draft → submitted → approved (by the recipient, the coordinator and the supplier) →
 * superseded; an approved or superseded version never changes. Immutable: every change returns the new state,
 * so the use case holds "before" and "after" for the audit trail.
 *
 * @param ownerId    the recipient organisation whose list this is
 * @param disclosure who may read it; a recipient's needs are coalition business unless decided otherwise
 * @param basedOnId  the approved version this draft was copied from, or null for the first list
 * @param version    optimistic-locking version, raised by one on every stored change
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record RequirementList(
        @JsonProperty("id") UUID id,
        @JsonProperty("number") int number,
        @JsonProperty("status") ListStatus status,
        @JsonProperty("ownerId") UUID ownerId,
        @JsonProperty("disclosure") Disclosure disclosure,
        @JsonProperty("basedOnId") UUID basedOnId,
        @JsonProperty("items") List<RequirementItem> items,
        @JsonProperty("approvals") List<Approval> approvals,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("updatedAt") Instant updatedAt,
        @JsonProperty("submittedAt") Instant submittedAt,
        @JsonProperty("approvedAt") Instant approvedAt,
        @JsonProperty("version") long version) {

    public RequirementList {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(ownerId, "owner is required");
        Objects.requireNonNull(disclosure, "disclosure is required");
        // every item carries its list's id, number and status, so items read alone still say where they stand
        items = items.stream().map(i -> i.inList(id, number, status))
                .sorted(Comparator.comparingInt(RequirementItem::rank)).toList();
        approvals = approvals.stream().sorted(Comparator.comparing(Approval::party)).toList();
    }

    /** The first list of a recipient: an empty draft. */
    static RequirementList firstDraft(UUID id, int number, UUID ownerId, Instant at) {
        return new RequirementList(id, number, ListStatus.DRAFT, ownerId, Disclosure.COALITION, null, List.of(),
                List.of(), at, at, null, null, 0);
    }

    /** A new draft revising this approved version: the same requirements (lineages, ranks), new item ids. */
    RequirementList startRevision(UUID newId, int newNumber, Instant at, Supplier<UUID> newItemIds) {
        if (status != ListStatus.APPROVED) {
            throw new Conflict(new ListRefusal.NotRevisable(number, status));
        }
        List<RequirementItem> copies = items.stream().map(i -> i.copyAs(newItemIds.get())).toList();
        return new RequirementList(newId, newNumber, ListStatus.DRAFT, ownerId, disclosure, id, copies, List.of(), at,
                at, null, null, 0);
    }

    public Optional<RequirementItem> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public boolean isOpen() {
        return status == ListStatus.DRAFT || status == ListStatus.SUBMITTED;
    }

    /** Parties whose approval is still needed (all three until submitted and approved). */
    /** The items' estimated value (quantity × unit cost), one sum per currency the estimates are in, by code. */
    public List<org.palisade.money.Money> estimatedValue() {
        java.util.Map<String, org.palisade.money.Money> sums = new java.util.TreeMap<>();
        for (RequirementItem i : items) {
            sums.merge(i.unitCost().currency().code(), i.estimatedCost(), org.palisade.money.Money::plus);
        }
        return List.copyOf(sums.values());
    }

    public Set<Party> missingApprovals() {
        Set<Party> missing = EnumSet.allOf(Party.class);
        approvals.forEach(a -> missing.remove(a.party()));
        return missing;
    }

    /** What may be done with this version now, in words a person can act on. */
    public List<String> allowedActions() {
        return allowedActions(status);
    }

    static List<String> allowedActions(ListStatus status) {
        return switch (status) {
            case DRAFT -> List.of("add, edit, move, remove or replace items", "submit");
            case SUBMITTED -> List.of("approve", "reopen as a draft");
            case APPROVED -> List.of("start a new draft from it");
            case SUPERSEDED -> List.of();
        };
    }

    /** Refuses a change unless this version is a draft: submitted lists are under review, approved ones agreed. */
    void requireEditable(ListRefusal.Change change) {
        if (status == ListStatus.APPROVED || status == ListStatus.SUPERSEDED) {
            throw new Conflict(new ListRefusal.Agreed(number, status, change));
        }
        if (status != ListStatus.DRAFT) {
            throw new Conflict(new ListRefusal.IllegalStep(number, status, ListRefusal.Step.CHANGE, change));
        }
    }

    RequirementList addItem(UUID itemId, UUID lineage, ItemDetails details, Integer rank, Instant at) {
        requireEditable(ListRefusal.Change.ADD_ITEM);
        int n = items.size();
        int place = rank == null ? n + 1 : rank;
        if (place < 1 || place > n + 1) {
            throw new InvalidRequest("rank", new ListRefusal.RankOutOfRange(n + 1, rank));
        }
        List<RequirementItem> ordered = new ArrayList<>(items);
        ordered.add(place - 1, RequirementItem.create(itemId, lineage, details, place));
        return withItems(renumbered(ordered), at);
    }

    RequirementList editItem(UUID itemId, ItemDetails details, Instant at) {
        requireEditable(ListRefusal.Change.EDIT_ITEM);
        RequirementItem item = existing(itemId);
        return withItems(items.stream().map(i -> i == item ? i.withDetails(details) : i).toList(), at);
    }

    RequirementList removeItem(UUID itemId, Instant at) {
        requireEditable(ListRefusal.Change.REMOVE_ITEM);
        RequirementItem item = existing(itemId);
        // the items below move up one place: ranks stay 1..n without gaps
        return withItems(renumbered(items.stream().filter(i -> i != item).toList()), at);
    }

    RequirementList moveItem(UUID itemId, Move move, Instant at) {
        requireEditable(ListRefusal.Change.MOVE_ITEM);
        RequirementItem item = existing(itemId);
        int n = items.size();
        int target;
        if ((move.direction() == null) == (move.rank() == null)) {
            throw new InvalidRequest("direction", new ListRefusal.DirectionOrRank());
        } else if (move.direction() == Move.Direction.UP) {
            if (item.rank() == 1) {
                throw new InvalidRequest("direction", new ListRefusal.AlreadyFirst());
            }
            target = item.rank() - 1;
        } else if (move.direction() == Move.Direction.DOWN) {
            if (item.rank() == n) {
                throw new InvalidRequest("direction", new ListRefusal.AlreadyLast(n));
            }
            target = item.rank() + 1;
        } else {
            target = move.rank();
            if (target < 1 || target > n) {
                throw new InvalidRequest("rank", new ListRefusal.RankOutOfRange(n, target));
            }
        }
        List<RequirementItem> ordered = new ArrayList<>(items);
        ordered.remove(item);
        ordered.add(target - 1, item);
        return withItems(renumbered(ordered), at);
    }

    /**
     * Replaces all items by a whole ranked list. Lines naming an existing item keep its id and lineage; new
     * lines start a lineage of their own. The lines are checked by {@link #checkReplacement} first.
     */
    RequirementList replaceItems(List<Line> lines, Instant at, Supplier<UUID> newIds) {
        requireEditable(ListRefusal.Change.REPLACE_ITEMS);
        Violations v = new Violations();
        checkReplacement(lines.stream().map(l -> l.id()).toList(), lines.stream().map(Line::rank).toList(), v);
        v.throwIfAny();
        List<RequirementItem> replaced = lines.stream().map(l -> {
            RequirementItem known = l.id() == null ? null : existing(l.id());
            return known != null ? known.withDetails(l.details()).withRank(l.rank())
                    : RequirementItem.create(newIds.get(), newIds.get(), l.details(), l.rank());
        }).toList();
        return withItems(replaced, at);
    }

    /** One line of a replacement: an existing item's id (or null for a new one), its rank and content. */
    record Line(UUID id, Integer rank, ItemDetails details) {
    }

    /** The rules a replacement must keep: ranks 1..n without gaps; ids from this list, each at most once. */
    void checkReplacement(List<UUID> ids, List<Integer> ranks, Violations v) {
        Ranking.check(ranks, i -> "items[" + i + "].rank", v);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID itemId = ids.get(i);
            if (itemId == null) {
                continue;
            }
            v.check(item(itemId).isPresent(), "items[" + i + "].id",
                    "item " + itemId + " is not in requirement list " + number + "; leave id out for a new item");
            v.check(seen.add(itemId), "items[" + i + "].id", "item " + itemId + " is listed more than once");
        }
    }

    RequirementList submit(Instant at) {
        if (status != ListStatus.DRAFT) {
            throw new Conflict(new ListRefusal.IllegalStep(number, status, ListRefusal.Step.SUBMIT, null));
        }
        if (items.isEmpty()) {
            throw new Conflict(new ListRefusal.Empty(number));
        }
        return new RequirementList(id, number, ListStatus.SUBMITTED, ownerId, disclosure, basedOnId, items, List.of(),
                createdAt, at, at, null, version);
    }

    /** Takes a submitted version back for changes; approvals given so far no longer hold and are dropped. */
    RequirementList reopen(Instant at) {
        if (status != ListStatus.SUBMITTED) {
            throw new Conflict(new ListRefusal.IllegalStep(number, status, ListRefusal.Step.REOPEN, null));
        }
        return new RequirementList(id, number, ListStatus.DRAFT, ownerId, disclosure, basedOnId, items, List.of(),
                createdAt, at, null, null, version);
    }

    /**
     * Records one party's approval; the third one puts the version in force. The organisation must play that
     * part, and only the list's own recipient approves as recipient.
     */
    RequirementList approve(Party party, Organisation organisation, String approvedBy, Instant at) {
        if (status != ListStatus.SUBMITTED) {
            throw new Conflict(new ListRefusal.IllegalStep(number, status, ListRefusal.Step.APPROVE, null));
        }
        approvals.stream().filter(a -> a.party() == party).findFirst().ifPresent(a -> {
            throw new Conflict(new ListRefusal.ApprovedAlready(party, number, a.approvedBy(), a.approvedAt(),
                    List.copyOf(missingApprovals())));
        });
        Violations v = new Violations();
        if (!playsParty(party, organisation)) {
            v.add("organisation", new ListRefusal.ApproverKind(organisation.code().value(), party.kind(), party));
        }
        if (party == Party.RECIPIENT && !organisation.id().equals(ownerId)) {
            v.add("organisation", new ListRefusal.NotOwnRecipient(organisation.code().value()));
        }
        v.throwIfAny();
        List<Approval> given = new ArrayList<>(approvals);
        given.add(new Approval(party, organisation.id(), approvedBy, at));
        boolean inForce = given.size() == Party.values().length;
        return new RequirementList(id, number, inForce ? ListStatus.APPROVED : ListStatus.SUBMITTED, ownerId,
                disclosure, basedOnId, items, given, createdAt, at, submittedAt, inForce ? at : null, version);
    }

    /** Whether the organisation plays the party's part (is registered as a coordinator, a supplier, ...). */
    static boolean playsParty(Party party, Organisation organisation) {
        return organisation.is(party.kind());
    }

    /** The version in force gives way to a newly approved one; it stays readable, unchanged. */
    RequirementList supersede(Instant at) {
        if (status != ListStatus.APPROVED) {
            throw new Conflict(new ListRefusal.IllegalStep(number, status, ListRefusal.Step.SUPERSEDE, null));
        }
        return new RequirementList(id, number, ListStatus.SUPERSEDED, ownerId, disclosure, basedOnId, items,
                approvals, createdAt, at, submittedAt, approvedAt, version);
    }

    RequirementList withVersion(long newVersion) {
        return new RequirementList(id, number, status, ownerId, disclosure, basedOnId, items, approvals, createdAt,
                updatedAt, submittedAt, approvedAt, newVersion);
    }

    private RequirementList withItems(List<RequirementItem> newItems, Instant at) {
        Violations v = new Violations();
        // the aggregate's own guard: every path that changes items must leave ranks 1..n without gaps
        Ranking.check(newItems.stream().map(RequirementItem::rank).toList(), i -> "items[" + i + "].rank", v);
        if (!v.isEmpty()) {
            throw new IllegalStateException("ranks broken by a change to requirement list " + number);
        }
        return new RequirementList(id, number, status, ownerId, disclosure, basedOnId, newItems, approvals, createdAt,
                at, submittedAt, approvedAt, version);
    }

    private RequirementItem existing(UUID itemId) {
        return item(itemId).orElseThrow(() -> new NotFound("item of requirement list " + number, itemId));
    }

    private static List<RequirementItem> renumbered(List<RequirementItem> ordered) {
        List<RequirementItem> out = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            out.add(ordered.get(i).withRank(i + 1));
        }
        return out;
    }
}
