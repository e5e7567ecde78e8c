package org.palisade.packages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.organisations.Organisations;
import org.palisade.platform.Idempotency;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.Requirements;
import org.palisade.platform.PageOf;
import org.palisade.audit.LedgerVersion;
import org.palisade.platform.EntityTags;
import org.palisade.platform.Paging;
import org.palisade.platform.Versions;
import org.palisade.platform.Violations;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Disclosure;
import org.palisade.security.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/packages")
@Tag(name = "Packages", description = "Packages (tranches) drawn from the approved list, their life and coverage")
class PackageApi {

    private final Packages packages;
    private final Organisations organisations;
    private final Idempotency idempotency;
    private final CurrentViewer current;
    private final Requirements requirements;
    private final LedgerVersion ledger;

    PackageApi(Packages packages, Organisations organisations, Idempotency idempotency, CurrentViewer current,
            Requirements requirements, LedgerVersion ledger) {
        this.requirements = requirements;
        this.ledger = ledger;
        this.packages = packages;
        this.organisations = organisations;
        this.idempotency = idempotency;
        this.current = current;
    }

    record ItemJson(UUID item, Long quantity) {
    }

    /** An item with what the requirement list says of it; its value is the list's unit cost × the quantity taken. */
    record ItemDetailJson(UUID item, long quantity, int listNumber, int rank, CapabilityCategory category,
            String description, String unit, MoneyAmount unitCost, MoneyAmount value) {
    }

    /** Money at a stage that has no exchange rate yet: not in {@code total}, in its own currency. */
    record NotConvertedJson(MoneyAmount amount, int contributions, java.time.LocalDate since) {
    }

    record StageJson(MoneyAmount total, BigDecimal percent, MoneyAmount surplus, List<NotConvertedJson> notConverted) {
        static StageJson of(Coverage.Stage s) {
            return new StageJson(MoneyAmount.of(s.total()), s.percent(), MoneyAmount.of(s.surplus()),
                    s.notConverted().stream().map(n -> new NotConvertedJson(MoneyAmount.of(n.amount()),
                            n.contributions(), n.since())).toList());
        }
    }

    /**
     * @param someContributionsWithheld contributions the caller may not see exist and are not counted: a
     *                                  package's totals never include undisclosed money
     */
    record CoverageJson(MoneyAmount target, StageJson pledged, StageJson committed, StageJson paid,
            boolean someContributionsWithheld) {
        static CoverageJson of(Coverage c) {
            return c == null ? null : new CoverageJson(MoneyAmount.of(c.target()), StageJson.of(c.pledged()),
                    StageJson.of(c.committed()), StageJson.of(c.paid()), c.undisclosedLeftOut());
        }
    }

    record StatusChangeJson(PackageStatus status, Instant at, String by, String reason) {
    }

    record PackageJson(UUID id, int number, String name, MoneyAmount target, PackageStatus status, UUID owner,
            Disclosure disclosure, List<ItemJson> items, List<ItemDetailJson> itemDetails, List<String> allowedActions,
            CoverageJson coverage,
            List<StatusChangeJson> timeline, long version) {
        /** @param viewer who asks: {@code allowedActions} are the moves they may make now */
        static PackageJson of(AidPackage p, Viewer viewer, Coverage coverage, List<StatusChange> timeline) {
            return of(p, viewer, coverage, timeline, null);
        }

        static PackageJson of(AidPackage p, Viewer viewer, Coverage coverage, List<StatusChange> timeline,
                List<ItemDetailJson> itemDetails) {
            return new PackageJson(p.id(), p.number(), p.name(), MoneyAmount.of(p.target()), p.status(), p.owner(),
                    p.disclosure(), p.items().stream().map(i -> new ItemJson(i.requirementItemId(), i.quantity())).toList(),
                    itemDetails,
                    PackagePermissions.moves(viewer, p).stream().map(PackageStatus::action).toList(),
                    CoverageJson.of(coverage),
                    timeline == null ? null : timeline.stream()
                            .map(t -> new StatusChangeJson(t.status(), t.at(), t.by(), t.reason())).toList(),
                    p.version());
        }
    }

    record ProposePackage(String name, MoneyAmount target, String owner, Disclosure disclosure, List<ItemJson> items) {
    }

    record AddItems(List<ItemJson> items) {
    }

    record Reason(String reason) {
    }

    @GetMapping
    @Operation(summary = "List packages with their coverage", description = "Filter by status; sort by number, name, status (in the order of a package's life) or created")
    PageOf<PackageJson> list(@RequestParam(required = false) PackageStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageOf<AidPackage> found = packages.list(status, Paging.of(page, size, sort, Packages.SORTABLE));
        Map<UUID, Coverage> coverage = packages.coverage(found.items());
        return found.map(p -> PackageJson.of(p, current.viewer(), coverage.get(p.id()), null));
    }

    @GetMapping("/{id}")
    ResponseEntity<PackageJson> get(@PathVariable UUID id) {
        // The answer holds the package's coverage, which contributions and rates change without a new version
        // of the package: the tag names the version (what If-Match compares) and the ledger's state as this
        // viewer reads it. The ledger is read first, so a change committed meanwhile can only make the tag
        // older than the answer (a later read answers 200 again), never newer.
        Viewer viewer = current.viewer();
        String ledgerTag = ledger.tag(viewer);
        // one read of the package for everything the answer holds
        PackageDetail detail = packages.detail(id);
        AidPackage p = detail.pkg();
        return ResponseEntity.ok().eTag("\"" + p.version() + Versions.SEPARATOR + ledgerTag + "\"")
                .header("Cache-Control", viewer.signedIn() ? "private, no-cache" : "no-cache")
                .header("Vary", EntityTags.VARY)
                .body(PackageJson.of(p, current.viewer(), detail.coverage(), detail.timeline(), itemDetails(detail)));
    }

    @GetMapping("/{id}/coverage")
    @Operation(summary = "Coverage per stage: contributions converted at their dates over the target value")
    CoverageJson coverage(@PathVariable UUID id) {
        return CoverageJson.of(packages.coverage(id));
    }

    @PostMapping
    @Operation(summary = "Propose a package from approved requirement items",
            description = "Send an Idempotency-Key header to make a retry safe")
    ResponseEntity<String> propose(@RequestBody ProposePackage body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/packages", key, body, () -> {
            Violations v = new Violations();
            Money target = body.target() == null ? null : body.target().toRecordedMoney("target", v);
            UUID owner = owner(body.owner(), v);
            List<PackageItem> items = items(body.items(), v);
            AidPackage created = packages.propose(new Packages.Proposal(body.name(), target, owner, body.disclosure(),
                    items), v);
            return ResponseEntity.created(URI.create("/api/v1/packages/" + created.id()))
                    .body(PackageJson.of(created, current.viewer(), null, packages.timeline(created.id())));
        });
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add approved items while the package is proposed or open")
    PackageJson addItems(@PathVariable UUID id, @RequestBody AddItems body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Violations v = new Violations();
        List<PackageItem> items = items(body.items(), v);
        v.check(!items.isEmpty() || !v.isEmpty(), "items", "at least one item is required");
        v.throwIfAny();
        return PackageJson.of(packages.addItems(id, items, Versions.parse(ifMatch)), current.viewer(), null, null);
    }

    @PostMapping("/{id}/open")
    PackageJson open(@PathVariable UUID id, @RequestBody(required = false) Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return PackageJson.of(packages.open(id, Versions.parse(ifMatch), reason(body)), current.viewer(), null, null);
    }

    @PostMapping("/{id}/fund")
    @Operation(summary = "Mark funded: allowed when committed coverage reaches 100%")
    PackageJson fund(@PathVariable UUID id, @RequestBody(required = false) Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return PackageJson.of(packages.fund(id, Versions.parse(ifMatch), reason(body)), current.viewer(), null, null);
    }

    @PostMapping("/{id}/contract")
    PackageJson contract(@PathVariable UUID id, @RequestBody(required = false) Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return PackageJson.of(packages.contract(id, Versions.parse(ifMatch), reason(body)), current.viewer(), null, null);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the package, releasing its items")
    PackageJson cancel(@PathVariable UUID id, @RequestBody(required = false) Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return PackageJson.of(packages.cancel(id, Versions.parse(ifMatch), reason(body)), current.viewer(), null, null);
    }

    /** Items with their list details; items of a list hidden from the viewer are left out. */
    private static List<ItemDetailJson> itemDetails(PackageDetail detail) {
        List<ItemDetailJson> details = new ArrayList<>();
        for (PackageDetail.Line line : detail.items()) {
            RequirementItem r = line.requirement();
            if (r != null) {
                details.add(new ItemDetailJson(r.id(), line.taken().quantity(), r.listNumber(), r.rank(), r.category(),
                        r.description(), r.quantity().unit(), MoneyAmount.of(r.unitCost()), MoneyAmount.of(line.value())));
            }
        }
        return details;
    }

    private UUID owner(String code, Violations v) {
        if (code == null || code.isBlank()) {
            UUID own = current.organisationId();
            v.check(own != null, "owner", "owner (code of the organisation assembling the package) is required");
            return own;
        }
        UUID id = organisations.byCode(code).map(o -> o.id()).orElse(null);
        v.check(id != null, "owner", "unknown organisation '" + code + "'");
        return id;
    }

    private static List<PackageItem> items(List<ItemJson> input, Violations v) {
        List<PackageItem> items = new ArrayList<>();
        if (input == null) {
            return items;
        }
        for (int i = 0; i < input.size(); i++) {
            ItemJson item = input.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.item() == null) {
                v.add(field + ".item", "item (a requirement item id) is required");
            } else if (item.quantity() == null || item.quantity() <= 0) {
                v.add(field + ".quantity", "quantity must be a positive whole number");
            } else {
                items.add(new PackageItem(item.item(), item.quantity()));
            }
        }
        return items;
    }

    private static String reason(Reason body) {
        return body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
    }
}
