package org.palisade.requirements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.money.MoneyAmount;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Versions;
import org.palisade.security.Disclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST access to the requirement list. Responses that show a version carry its optimistic-locking version as
 * {@code ETag}; changes accept it back in {@code If-Match} and answer 409 when someone changed the list first.
 */
@RestController
@RequestMapping("/api/v1/requirement-lists")
@Tag(name = "Requirement lists", description = "Versions of the prioritized list: ranked items, submission, "
        + "joint approval by recipient, coordinator and supplier, and what changed between versions")
class RequirementListApi {

    private static final String BASE = "/api/v1/requirement-lists/";
    private final Requirements requirements;
    private final Organisations organisations;

    RequirementListApi(Requirements requirements, Organisations organisations) {
        this.requirements = requirements;
        this.organisations = organisations;
    }

    record ItemJson(UUID id, UUID lineage, int rank, CapabilityCategory category, String description, long quantity,
            String unit, MoneyAmount unitCost, MoneyAmount estimatedCost, LocalDate neededBy, UUID catalogueEntry) {
        static ItemJson of(RequirementItem i) {
            return new ItemJson(i.id(), i.lineage(), i.rank(), i.category(), i.description(), i.quantity().value(),
                    i.quantity().unit(), MoneyAmount.of(i.unitCost()), MoneyAmount.of(i.estimatedCost()), i.neededBy(),
                    i.catalogueEntry());
        }
    }

    record ApprovalJson(Party party, String organisation, UUID organisationId, String approvedBy, Instant approvedAt) {
    }

    record ListJson(UUID id, int number, ListStatus status, String owner, UUID ownerId, Disclosure disclosure,
            UUID basedOn, long version,
            Instant createdAt, Instant updatedAt, Instant submittedAt, Instant approvedAt, List<ItemJson> items,
            List<ApprovalJson> approvals, Set<Party> missingApprovals, List<String> allowedActions) {
    }

    /** One item as entered; {@code rank} is optional when adding (last) and required when replacing all. */
    record ItemBody(UUID id, Integer rank, String category, String description, Long quantity, String unit,
            MoneyAmount unitCost, LocalDate neededBy, UUID catalogueEntry) {
        ItemInput input() {
            return new ItemInput(category, description, quantity, unit, unitCost, neededBy, catalogueEntry);
        }
    }

    record ItemsBody(List<ItemBody> items) {
    }

    record MoveBody(String direction, Integer rank) {
    }

    record ApproveBody(String party, String organisation) {
    }

    record StartBody(String recipient) {
    }

    record DiffJson(UUID from, int fromNumber, UUID to, int toNumber, List<ItemJson> added, List<ItemJson> removed,
            List<ListDiff.Reranked> reranked, List<ListDiff.QuantityChanged> quantityChanged,
            List<CostJson> costChanged) {
    }

    record CostJson(UUID lineage, String description, MoneyAmount from, MoneyAmount to) {
    }

    @GetMapping
    @Operation(summary = "List the versions", description = "Paged; sort by number, createdAt, status (DRAFT to SUPERSEDED), items, updated or approved, e.g. sort=number,desc")
    PageOf<ListSummary> versions(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return requirements.versions(Paging.of(page, size, sort, Requirements.SORTABLE));
    }

    @PostMapping
    @Operation(summary = "Start a new draft", description = "A copy of the approved version; the first list is "
            + "empty and needs {\"recipient\": \"UKR\"} unless the caller's organisation is the recipient. "
            + "409 while another version is a draft or submitted.")
    ResponseEntity<ListJson> start(@RequestBody(required = false) StartBody body) {
        UUID recipient = null;
        if (body != null && body.recipient() != null) {
            recipient = organisations.byCode(body.recipient().strip()).map(Organisation::id)
                    .orElseThrow(() -> new InvalidRequest("recipient", "unknown organisation '" + body.recipient() + "'"));
        }
        RequirementList draft = requirements.startDraft(recipient);
        return ResponseEntity.created(URI.create(BASE + draft.id())).eTag(etag(draft)).body(json(draft));
    }

    @GetMapping("/latest-approved")
    @Operation(summary = "The version in force", description = "404 when no version has been approved yet")
    ResponseEntity<ListJson> latestApproved() {
        return respond(requirements.latestApproved().orElseThrow(() -> new NotFound("requirement list", "in force")));
    }

    @GetMapping("/current-draft")
    @Operation(summary = "The version being worked on (draft or submitted)", description = "404 when there is none")
    ResponseEntity<ListJson> currentDraft() {
        return respond(requirements.currentDraft().orElseThrow(() -> new NotFound("requirement list", "being worked on")));
    }

    @GetMapping("/{id}")
    ResponseEntity<ListJson> get(@PathVariable UUID id) {
        return respond(requirements.get(id));
    }

    @GetMapping("/{id}/items/{itemId}")
    ItemJson item(@PathVariable UUID id, @PathVariable UUID itemId) {
        return ItemJson.of(requirements.get(id).item(itemId).orElseThrow(() -> new NotFound("requirement item", itemId)));
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add an item to a draft", description = "Without rank it is ranked last; with a rank the "
            + "items from there move one place down")
    ResponseEntity<ListJson> addItem(@PathVariable UUID id, @RequestBody ItemBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Requirements.ItemAdded added = requirements.addItem(id, body.input(), body.rank(), Versions.parse(ifMatch));
        return ResponseEntity.created(URI.create(BASE + id + "/items/" + added.item().id()))
                .eTag(etag(added.list())).body(json(added.list()));
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Edit an item of a draft", description = "Its content; the rank changes only by moving it")
    ResponseEntity<ListJson> editItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody ItemBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (body.rank() != null) {
            // a client may send back the item it read; only a different rank is refused, never silently ignored
            int current = requirements.get(id).item(itemId).map(RequirementItem::rank).orElse(body.rank());
            if (current != body.rank()) {
                throw new InvalidRequest("rank", "an item's rank changes by moving it (POST " + BASE + id + "/items/"
                        + itemId + "/move); it is " + current + " now");
            }
        }
        return respond(requirements.editItem(id, itemId, body.input(), Versions.parse(ifMatch)));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "Remove an item from a draft", description = "The items below move up one place")
    ResponseEntity<ListJson> removeItem(@PathVariable UUID id, @PathVariable UUID itemId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(requirements.removeItem(id, itemId, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/items/{itemId}/move")
    @Operation(summary = "Move an item", description = "{\"direction\": \"UP\"} or \"DOWN\", or {\"rank\": 3}")
    ResponseEntity<ListJson> moveItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody MoveBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Move.Direction direction = null;
        if (body.direction() != null) {
            try {
                direction = Move.Direction.valueOf(body.direction().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("direction", "direction must be UP or DOWN (was '" + body.direction() + "')");
            }
        }
        return respond(requirements.moveItem(id, itemId, new Move(direction, body.rank()), Versions.parse(ifMatch)));
    }

    @PutMapping("/{id}/items")
    @Operation(summary = "Replace all items of a draft by a ranked list", description = "{\"items\": [...]}: ranks "
            + "1..n without gaps; an item with the id of an existing one keeps it, items left out are removed")
    ResponseEntity<ListJson> replaceItems(@PathVariable UUID id, @RequestBody ItemsBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (body.items() == null) {
            throw new InvalidRequest("items", "items is required (an empty list removes every item)");
        }
        List<RankedItemInput> lines = body.items().stream()
                .map(i -> i == null ? null : new RankedItemInput(i.id(), i.rank(), i.input())).toList();
        return respond(requirements.replaceItems(id, lines, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for approval")
    ResponseEntity<ListJson> submit(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(requirements.submit(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Take a submitted version back to draft", description = "Approvals given so far are dropped")
    ResponseEntity<ListJson> reopen(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(requirements.reopen(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Record one party's approval", description = "{\"party\": \"COORDINATOR\", \"organisation\":"
            + " \"NATO\"}; the third of recipient, coordinator and supplier puts the version in force and supersedes"
            + " the one before")
    ResponseEntity<ListJson> approve(@PathVariable UUID id, @RequestBody ApproveBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(requirements.approve(id, body.party(), body.organisation(), Versions.parse(ifMatch)));
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "What changed from another version to this one",
            description = "Requirements added, removed, re-ranked, with quantity or unit cost changed, matched by lineage")
    DiffJson diff(@PathVariable UUID id, @RequestParam UUID against) {
        ListDiff d = requirements.diff(against, id);
        return new DiffJson(d.fromListId(), d.fromNumber(), d.toListId(), d.toNumber(),
                d.added().stream().map(ItemJson::of).toList(), d.removed().stream().map(ItemJson::of).toList(),
                d.reranked(), d.quantityChanged(), d.costChanged().stream()
                        .map(c -> new CostJson(c.lineage(), c.description(), MoneyAmount.of(c.from()),
                                MoneyAmount.of(c.to())))
                        .toList());
    }

    private ResponseEntity<ListJson> respond(RequirementList list) {
        return ResponseEntity.ok().eTag(etag(list)).body(json(list));
    }

    private static String etag(RequirementList list) {
        return "\"" + list.version() + "\"";
    }

    private ListJson json(RequirementList list) {
        // owner and approvers in one query, shown by code
        Set<UUID> ids = new HashSet<>();
        ids.add(list.ownerId());
        list.approvals().forEach(a -> ids.add(a.organisationId()));
        Map<UUID, String> codes = organisations.all(ids).stream()
                .collect(Collectors.toMap(Organisation::id, o -> o.code().value()));
        return new ListJson(list.id(), list.number(), list.status(), codes.get(list.ownerId()), list.ownerId(),
                list.disclosure(), list.basedOnId(), list.version(), list.createdAt(), list.updatedAt(),
                list.submittedAt(), list.approvedAt(), list.items().stream().map(ItemJson::of).toList(),
                list.approvals().stream().map(a -> new ApprovalJson(a.party(), codes.get(a.organisationId()),
                        a.organisationId(), a.approvedBy(), a.approvedAt())).toList(),
                list.missingApprovals(), list.allowedActions());
    }
}
