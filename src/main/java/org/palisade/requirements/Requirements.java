package org.palisade.requirements;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the prioritized requirement list, for the API and the pages alike. Every change is one
 * transaction that locks the version it changes, checks the caller's expected version when one is given
 * ({@code null} skips the check), and publishes a {@link RecordChanged} for the audit trail.
 */
@Service
public class Requirements {

    /** Sort keys of {@link #versions}; the first is the default. */
    public static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("number", "l.number",
            "createdAt", "l.created_at", "status", SortOrder.inOrderOf("l.status", ListStatus.values()),
            "items", "item_count", "updated", "l.updated_at",
            // versions never approved sort after every approved one, newest approval first
            "approved", "coalesce(l.approved_at, CAST('-infinity' AS timestamptz))")
            .descendingFirst("number", "createdAt", "items", "updated", "approved");

    static final String RECORD_TYPE = "requirement-list";

    private final RequirementListRepository repository;
    private final Organisations organisations;
    private final CurrentViewer viewer;
    private final AccessPolicy access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Requirements(RequirementListRepository repository, Organisations organisations, CurrentViewer viewer,
            AccessPolicy access, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.organisations = organisations;
        this.viewer = viewer;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** The list after an item was added, and the new item (its id is needed to address it later). */
    public record ItemAdded(RequirementList list, RequirementItem item) {
    }

    /**
     * Starts the next version: a copy of the approved one (same lineages and ranks, new item ids), or for the
     * very first list an empty draft owned by the current user's organisation, which must be a recipient.
     */
    @Transactional
    public RequirementList startDraft() {
        return startDraft(null);
    }

    /**
     * Starts the next version for the given recipient (null: the approved version's owner or the current user's
     * organisation). Refused with 409 while another version is a draft or submitted.
     */
    @Transactional
    public RequirementList startDraft(UUID recipientId) {
        access.require(ListPermissions.toStartDraft(null), Target.newRecord(RECORD_TYPE, recipientId));
        // one draft at a time: concurrent starts queue here, so the second sees the first and gets a clear 409
        repository.lockVersionNumbering();
        repository.findOpen(false).ifPresent(open -> {
            throw new Conflict(new ListRefusal.OneOpen(open.number(), open.status()));
        });
        Instant now = now();
        UUID id = UUID.randomUUID();
        int number = repository.nextNumber();
        Optional<RequirementList> approved = repository.findApproved(false);
        RequirementList draft;
        if (approved.isPresent()) {
            RequirementList inForce = approved.get();
            if (recipientId != null && !recipientId.equals(inForce.ownerId())) {
                throw new InvalidRequest("recipient", new ListRefusal.RecipientKept(codeOf(inForce.ownerId())));
            }
            draft = inForce.startRevision(id, number, now, UUID::randomUUID);
        } else {
            draft = RequirementList.firstDraft(id, number, recipient(recipientId).id(), now);
        }
        // the recipient's own planners keep its list
        access.require(ListPermissions.toStartDraft(draft.ownerId()), Target.newRecord(RECORD_TYPE, draft.ownerId()));
        repository.insert(draft);
        publish(draft.id(), draft.ownerId(), "draft-started", null, draft);
        return draft;
    }

    /** Adds an item at {@code rank} (null: last); the items from that rank down move one place down. */
    @Transactional
    public ItemAdded addItem(UUID listId, ItemInput input, Integer rank, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "add an item to");
        before.requireEditable(ListRefusal.Change.ADD_ITEM);
        ItemDetails details = checked(input);
        UUID itemId = UUID.randomUUID();
        RequirementList after = store(before, before.addItem(itemId, UUID.randomUUID(), details, rank, now()),
                "item-added");
        return new ItemAdded(after, after.item(itemId).orElseThrow());
    }

    /** Changes what an item asks for (category, description, quantity, unit cost, needed-by); not its rank. */
    @Transactional
    public RequirementList editItem(UUID listId, UUID itemId, ItemInput input, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "edit an item of");
        before.requireEditable(ListRefusal.Change.EDIT_ITEM);
        ItemDetails details = checked(input);
        return store(before, before.editItem(itemId, details, now()), "item-edited");
    }

    /** Removes an item; the items below it move up one place. */
    @Transactional
    public RequirementList removeItem(UUID listId, UUID itemId, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "remove an item from");
        return store(before, before.removeItem(itemId, now()), "item-removed");
    }

    /** Moves an item one place up or down, or to a rank; the items in between shift by one. */
    @Transactional
    public RequirementList moveItem(UUID listId, UUID itemId, Move move, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "move an item of");
        return store(before, before.moveItem(itemId, move, now()), "item-moved");
    }

    /**
     * Replaces all items of a draft by a whole ranked list: ranks must run 1..n without gaps; lines with the id
     * of an item of this list keep it (and its lineage), lines without id are new, items left out are removed.
     * Every invalid field is named, e.g. {@code items[3].rank}.
     */
    @Transactional
    public RequirementList replaceItems(UUID listId, List<RankedItemInput> items, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "replace the items of");
        before.requireEditable(ListRefusal.Change.REPLACE_ITEMS);
        List<RankedItemInput> input = items == null ? List.of() : items;
        Violations v = new Violations();
        List<RequirementList.Line> lines = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            RankedItemInput line = input.get(i);
            if (line == null) {
                v.add("items[" + i + "]", "item is required");
                continue;
            }
            lines.add(new RequirementList.Line(line.id(), line.rank(),
                    catalogued(ItemDetails.from(line.item(), "items[" + i + "].", v), "items[" + i + "].", v)));
        }
        if (lines.size() == input.size()) {
            before.checkReplacement(lines.stream().map(RequirementList.Line::id).toList(),
                    lines.stream().map(RequirementList.Line::rank).toList(), v);
        }
        v.throwIfAny();
        return store(before, before.replaceItems(lines, now(), UUID::randomUUID), "items-replaced");
    }

    /** Hands a draft to the parties for approval; from now on it changes only by being reopened. */
    @Transactional
    public RequirementList submit(UUID listId, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "submit");
        return store(before, before.submit(now()), "submitted");
    }

    /** Takes a submitted version back to draft for changes; approvals already given are dropped. */
    @Transactional
    public RequirementList reopen(UUID listId, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        requirePlanner(before, "reopen");
        return store(before, before.reopen(now()), "reopened");
    }

    /**
     * Records the approval of a submitted version by one party, as the current user, now. With the third
     * approval the version is in force and the version approved before it is superseded.
     *
     * @param organisationId an organisation of the party's kind (unknown or of another kind: 422)
     */
    @Transactional
    public RequirementList approve(UUID listId, Party party, UUID organisationId, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        Violations v = new Violations();
        v.check(party != null, "party", new ListRefusal.PartyUnknown(null, false));
        Organisation organisation = organisationId == null ? null
                : organisations.all(List.of(organisationId)).stream().findFirst().orElse(null);
        if (organisation == null) {
            v.add("organisation", organisationId == null ? new ListRefusal.OrganisationMissing(false)
                    : new ListRefusal.UnknownOrganisation(organisationId));
        }
        v.throwIfAny();
        return approve(before, party, organisation);
    }

    /** {@link #approve(UUID, Party, UUID, Long)} with the party's name and the organisation's code, as typed. */
    @Transactional
    public RequirementList approve(UUID listId, String party, String organisationCode, Long expectedVersion) {
        RequirementList before = loadForChange(listId, expectedVersion);
        Violations v = new Violations();
        Party parsed = null;
        try {
            parsed = party == null ? null : Party.valueOf(party.strip());
        } catch (IllegalArgumentException e) {
            // reported below with the accepted values
        }
        v.check(parsed != null, "party", new ListRefusal.PartyUnknown(party, true));
        Organisation organisation = organisationCode == null || organisationCode.isBlank() ? null
                : organisations.byCode(organisationCode.strip()).orElse(null);
        if (organisation == null) {
            boolean missing = organisationCode == null || organisationCode.isBlank();
            v.add("organisation", missing ? new ListRefusal.OrganisationMissing(true)
                    : new ListRefusal.UnknownOrganisationCode(organisationCode));
        }
        v.throwIfAny();
        return approve(before, parsed, organisation);
    }

    private RequirementList approve(RequirementList before, Party party, Organisation organisation) {
        // an organisation that does not play the party's part is a mistake in the request, known without the list
        if (!RequirementList.playsParty(party, organisation)) {
            throw new InvalidRequest("organisation",
                    new ListRefusal.ApproverKind(organisation.code().value(), party.kind(), party));
        }
        // each party approves only for its own organisation, and only through the role that speaks for it;
        // checked before the list's own rules, so a refusal of the list tells nothing to someone not entitled
        access.require(ListPermissions.toApprove(before, party, organisation.id()), target(before));
        Instant now = now();
        RequirementList after = before.approve(party, organisation, viewer.username(), now);
        if (after.status() == ListStatus.APPROVED) {
            // the version in force gives way first: at most one version is approved at any moment
            repository.findApproved(true).filter(old -> !old.id().equals(after.id()))
                    .ifPresent(old -> store(old, old.supersede(now), "superseded"));
            return store(before, after, "approved");
        }
        return store(before, after, "approval-recorded");
    }

    /** A version the current viewer may read (see {@link Visibility#mayRead}); otherwise 404. */
    @Transactional(readOnly = true)
    public RequirementList get(UUID listId) {
        RequirementList list = repository.find(listId).orElseThrow(() -> new NotFound("requirement list", listId));
        if (!readable(list)) {
            access.readRefused(target(list));
            throw new NotFound("requirement list", listId);
        }
        return list;
    }

    private boolean readable(RequirementList list) {
        return Visibility.mayRead(viewer.viewer(), list.disclosure(), list.ownerId());
    }

    private boolean readableOrRefused(RequirementList list) {
        boolean readable = readable(list);
        if (!readable) {
            access.readRefused(target(list));
        }
        return readable;
    }

    /** All versions, one page at a time; sort by {@link #SORTABLE} keys, e.g. {@code number,desc}. */
    @Transactional(readOnly = true)
    public PageOf<ListSummary> versions(Paging paging) {
        return PageOf.of(repository.page(paging, viewer.viewer()), paging, repository.count(viewer.viewer()));
    }

    /**
     * Items of the list versions the viewer may read, not superseded ones, whose description has words
     * beginning as typed: the newest version first, then by rank. Uses the description index of V20.
     */
    @Transactional(readOnly = true)
    public PageOf<RequirementItem> searchItems(org.palisade.platform.SearchWords words, Paging paging) {
        if (words.isEmpty()) {
            return PageOf.of(List.of(), paging, 0);
        }
        return PageOf.of(repository.searchItems(words, viewer.viewer(), paging), paging,
                repository.countItems(words, viewer.viewer()));
    }

    /** The version in force, the one packages draw from. */
    @Transactional(readOnly = true)
    public Optional<RequirementList> latestApproved() {
        return repository.findApproved(false).filter(this::readableOrRefused);
    }

    /**
     * What of the list exists but is hidden from this viewer (a coalition list read by a visitor), so pages
     * say that it exists and that signing in may show it, rather than that there is none.
     *
     * @param approved a version is in force but not readable
     * @param open     a version is being worked on but not readable
     * @param versions how many versions the viewer may not read
     */
    public record Withheld(boolean approved, boolean open, long versions) {
    }

    @Transactional(readOnly = true)
    public Withheld withheld() {
        return new Withheld(repository.findApproved(false).filter(l -> !readable(l)).isPresent(),
                repository.findOpen(false).filter(l -> !readable(l)).isPresent(),
                repository.count(Viewer.SYSTEM) - repository.count(viewer.viewer()));
    }

    /** The version being worked on: a draft, or a submitted version awaiting approvals. */
    @Transactional(readOnly = true)
    public Optional<RequirementList> currentDraft() {
        return repository.findOpen(false).filter(this::readableOrRefused);
    }

    /** What changed from one version to another, requirement by requirement. */
    @Transactional(readOnly = true)
    public ListDiff diff(UUID fromListId, UUID toListId) {
        return ListDiff.between(get(fromListId), get(toListId));
    }

    /**
     * The items with these ids, locked (SELECT ... FOR UPDATE) until the caller's transaction ends, so two
     * packages taking the same item are allocated one after the other. Unknown ids are simply absent. Each
     * item carries its list's status, which cannot change until the caller's transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RequirementItem> lockItemsForAllocation(Collection<UUID> itemIds) {
        return repository.lockItems(itemIds);
    }

    /**
     * The items with these ids that the viewer may read, whatever version they belong to; unknown ids and items
     * of versions not disclosed to the viewer are absent (not logged as refusals: a package page asks for its
     * items whoever reads it). Nothing is locked.
     */
    @Transactional(readOnly = true)
    public List<RequirementItem> items(Collection<UUID> itemIds) {
        List<RequirementItem> found = repository.findItems(itemIds);
        Map<UUID, Boolean> readableList = new java.util.HashMap<>();
        // a package draws on one or two versions: one read per version, not per item
        return found.stream().filter(i -> readableList.computeIfAbsent(i.listId(),
                id -> repository.find(id).map(this::readable).orElse(false))).toList();
    }

    /** Only the recipient's planners change its list. */
    private void requirePlanner(RequirementList list, String action) {
        access.require(ListPermissions.toChange(list, action), target(list));
    }

    private static Target target(RequirementList list) {
        return new Target(RECORD_TYPE, list.id(), list.ownerId());
    }

    private RequirementList loadForChange(UUID listId, Long expectedVersion) {
        RequirementList list = repository.findForChange(listId)
                .orElseThrow(() -> new NotFound("requirement list", listId));
        // a version one may not read is not there for them: 404 as for an unknown id, before any other rule
        if (!readable(list)) {
            access.readRefused(target(list));
            throw new NotFound("requirement list", listId);
        }
        if (expectedVersion != null && expectedVersion != list.version()) {
            throw Conflict.staleVersion("requirement list", list.number(), expectedVersion);
        }
        return list;
    }

    private RequirementList store(RequirementList before, RequirementList after, String action) {
        RequirementList stored = repository.update(before, after);
        publish(stored.id(), stored.ownerId(), action, before, stored);
        return stored;
    }

    private void publish(UUID id, UUID owner, String action, RequirementList before, RequirementList after) {
        events.publishEvent(new RecordChanged(RECORD_TYPE, id, owner, action, before, after, null));
    }

    private ItemDetails checked(ItemInput input) {
        Violations v = new Violations();
        ItemDetails details = catalogued(ItemDetails.from(input, "", v), "", v);
        v.throwIfAny();
        return details;
    }

    /** An item may name only an entry of the systems catalogue (the sustainment module keeps it). */
    private ItemDetails catalogued(ItemDetails details, String prefix, Violations v) {
        if (details != null && details.catalogueEntry() != null && !repository.catalogued(details.catalogueEntry())) {
            v.add(prefix + "catalogueEntry", new ListRefusal.NotCatalogued(details.catalogueEntry()));
            return null;
        }
        return details;
    }

    private Organisation recipient(UUID recipientId) {
        UUID id = recipientId != null ? recipientId : viewer.organisationId();
        if (id == null) {
            throw new InvalidRequest("recipient", new ListRefusal.RecipientMissing());
        }
        Organisation organisation = organisations.all(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new InvalidRequest("recipient", new ListRefusal.UnknownOrganisation(id)));
        if (!organisation.is(OrganisationKind.RECIPIENT)) {
            throw new InvalidRequest("recipient", new ListRefusal.NotRecipient(organisation.code().value()));
        }
        return organisation;
    }

    private String codeOf(UUID organisationId) {
        return organisations.all(List.of(organisationId)).stream().findFirst()
                .map(o -> o.code().value()).orElse(organisationId.toString());
    }

    // timestamptz holds microseconds: truncating here keeps a stored and a re-read list equal
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
