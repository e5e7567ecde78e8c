package org.palisade.deliveries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.deliveries.DeliveryViews.PackageDeliveries;
import org.palisade.deliveries.DeliveryViews.ShipmentView;
import org.palisade.packages.PackageStatus;
import org.palisade.platform.Idempotency;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Versions;
import org.palisade.platform.Violations;
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
@RequestMapping("/api/v1")
@Tag(name = "Deliveries", description = "Shipments of contracted packages, their milestones, receipt and discrepancies")
class DeliveryApi {

    private final Deliveries deliveries;
    private final DeliveryViews views;
    private final Idempotency idempotency;
    private final LeadTimeReport leadTimes;

    DeliveryApi(Deliveries deliveries, DeliveryViews views, Idempotency idempotency, LeadTimeReport leadTimes) {
        this.leadTimes = leadTimes;
        this.deliveries = deliveries;
        this.views = views;
        this.idempotency = idempotency;
    }

    /** A date per milestone; absent ones are left as they are. */
    record MilestoneDates(LocalDate shipped, LocalDate atHub, LocalDate handedOver) {

        Map<Milestone, LocalDate> toMap() {
            Map<Milestone, LocalDate> map = new EnumMap<>(Milestone.class);
            if (shipped != null) {
                map.put(Milestone.SHIPPED, shipped);
            }
            if (atHub != null) {
                map.put(Milestone.AT_HUB, atHub);
            }
            if (handedOver != null) {
                map.put(Milestone.HANDED_OVER, handedOver);
            }
            return map;
        }
    }

    record ItemJson(UUID item, Long quantity) {
    }

    record RecordShipment(String reference, List<ItemJson> items, MilestoneDates expected, MilestoneDates reached) {
    }

    record RecordMilestones(MilestoneDates reached, MilestoneDates expected) {
    }

    record ReportDiscrepancy(UUID item, DiscrepancyKind kind, Long quantity, String note) {
    }

    record Resolve(Resolution resolution, String note) {
    }

    record MilestoneJson(String milestone, LocalDate expected, LocalDate reached, boolean late) {
    }

    record ShipmentItemJson(UUID item, String description, String unit, long quantity, long heldBack) {
    }

    record DiscrepancyJson(UUID id, int number, UUID item, String description, DiscrepancyKind kind, long quantity,
            String note, Instant reportedAt, String reportedBy, boolean open, Resolution resolution,
            String resolutionNote, Instant resolvedAt, String resolvedBy) {
    }

    /**
     * @param next         the next milestone to reach (absent once handed over)
     * @param nextExpected when it is expected
     * @param overdue      the next milestone's expected date has passed
     */
    record ShipmentJson(UUID id, int number, UUID packageId, int packageNumber, String reference,
            List<MilestoneJson> milestones, String next, LocalDate nextExpected, boolean overdue,
            List<ShipmentItemJson> items, boolean received, Instant receivedAt, String receivedBy,
            List<DiscrepancyJson> discrepancies, List<String> allowedActions, Instant recordedAt, String recordedBy,
            long version) {

        static ShipmentJson of(ShipmentView v) {
            Shipment s = v.shipment();
            return new ShipmentJson(s.id(), s.number(), s.packageId(), v.packageNumber(), s.reference(),
                    v.milestones().stream().map(m -> new MilestoneJson(m.milestone().label(), m.expected(),
                            m.reached(), m.late())).toList(),
                    v.next() == null ? null : v.next().label(), v.nextExpected(), v.overdue(),
                    v.items().stream().map(i -> new ShipmentItemJson(i.item(), i.description(), i.unit(), i.quantity(),
                            i.heldBack())).toList(),
                    s.isReceived(), s.receivedAt(), s.receivedBy(),
                    v.discrepancies().stream().map(r -> {
                        Discrepancy d = r.discrepancy();
                        return new DiscrepancyJson(d.id(), d.number(), d.requirementItemId(), r.description(), d.kind(),
                                d.quantity(), d.note(), d.reportedAt(), d.reportedBy(), d.isOpen(), d.resolution(),
                                d.resolutionNote(), d.resolvedAt(), d.resolvedBy());
                    }).toList(),
                    v.allowedActions(), s.recordedAt(), s.recordedBy(), s.version());
        }
    }

    /** A package item: ordered, shipped, confirmed as delivered, credited instead of delivered, left to ship. */
    record LineJson(UUID item, String description, String unit, long ordered, long shipped, long confirmed,
            long credited, long leftToShip) {
    }

    record PackageDeliveriesJson(UUID packageId, int packageNumber, PackageStatus status, List<LineJson> items,
            List<ShipmentJson> shipments, long overdue, List<String> allowedActions) {

        static PackageDeliveriesJson of(PackageDeliveries d) {
            return new PackageDeliveriesJson(d.packageId(), d.number(), d.status(),
                    d.lines().stream().map(l -> new LineJson(l.item(), l.description(), l.unit(), l.ordered(),
                            l.shipped(), l.confirmed(), l.credited(), l.leftToShip())).toList(),
                    d.shipments().stream().map(ShipmentJson::of).toList(), d.overdue(),
                    d.mayRecord() ? List.of("record-shipment") : List.of());
        }
    }

    @GetMapping("/packages/{id}/shipments")
    @Operation(summary = "A package's deliveries: each item's ordered, shipped and confirmed quantity, and its shipments")
    PackageDeliveriesJson forPackage(@PathVariable UUID id) {
        return PackageDeliveriesJson.of(views.forPackage(id));
    }

    @PostMapping("/packages/{id}/shipments")
    @Operation(summary = "Record a shipment of a contracted or delivering package (suppliers)",
            description = "Items and quantities, expected dates (the handover defaults from the lead times) and any "
                    + "milestones already reached. Send an Idempotency-Key header to make a retry safe.")
    ResponseEntity<String> record(@PathVariable UUID id, @RequestBody RecordShipment body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/packages/" + id + "/shipments", key, body, () -> {
            Violations v = new Violations();
            List<ShipmentItem> items = new ArrayList<>();
            List<ItemJson> input = body.items() == null ? List.of() : body.items();
            for (int i = 0; i < input.size(); i++) {
                ItemJson item = input.get(i);
                if (item == null || item.item() == null) {
                    v.add("items[" + i + "].item", "item (a requirement item of the package) is required");
                } else if (item.quantity() == null || item.quantity() <= 0) {
                    v.add("items[" + i + "].quantity", "quantity must be a positive whole number");
                } else {
                    items.add(new ShipmentItem(item.item(), item.quantity()));
                }
            }
            Shipment created = deliveries.record(id, new Deliveries.NewShipment(body.reference(), items,
                    body.expected() == null ? Map.of() : body.expected().toMap(),
                    body.reached() == null ? Map.of() : body.reached().toMap()), v);
            return ResponseEntity.created(URI.create("/api/v1/shipments/" + created.id()))
                    .body(ShipmentJson.of(views.shipment(created)));
        });
    }

    @GetMapping("/shipments/{id}")
    ResponseEntity<ShipmentJson> get(@PathVariable UUID id) {
        ShipmentView v = views.shipment(deliveries.find(id));
        return ResponseEntity.ok().eTag("\"" + v.shipment().version() + "\"").body(ShipmentJson.of(v));
    }

    @PostMapping("/shipments/{id}/milestones")
    @Operation(summary = "Record milestones reached (in order) and new expected dates (suppliers)",
            description = "The first handover of a package moves it to delivering.")
    ShipmentJson milestones(@PathVariable UUID id, @RequestBody RecordMilestones body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Shipment s = deliveries.recordMilestones(id, body.reached() == null ? Map.of() : body.reached().toMap(),
                body.expected() == null ? Map.of() : body.expected().toMap(), Versions.parse(ifMatch));
        return ShipmentJson.of(views.shipment(s));
    }

    @PostMapping("/shipments/{id}/confirm")
    @Operation(summary = "Confirm receipt of a handed-over shipment (planners of the package's recipient)",
            description = "Once every item is confirmed in full and no discrepancy is open, the package is delivered.")
    ShipmentJson confirm(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ShipmentJson.of(views.shipment(deliveries.confirmReceipt(id, Versions.parse(ifMatch))));
    }

    @PostMapping("/shipments/{id}/discrepancies")
    @Operation(summary = "Report a discrepancy on an item of a handed-over shipment (planners of the recipient)",
            description = "Short, damaged or wrong item, with a quantity and a note; it also records receipt of the rest. "
                    + "Send an Idempotency-Key header to make a retry safe.")
    ResponseEntity<String> report(@PathVariable UUID id, @RequestBody ReportDiscrepancy body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return idempotency.once("POST /api/v1/shipments/" + id + "/discrepancies", key, body, () -> {
            Violations v = new Violations();
            v.check(body.quantity() != null && body.quantity() > 0, "quantity",
                    "quantity must be a positive whole number");
            v.throwIfAny();
            Shipment s = deliveries.reportDiscrepancy(id, new Deliveries.NewDiscrepancy(body.item(), body.kind(),
                    body.quantity(), body.note()), Versions.parse(ifMatch));
            return ResponseEntity.created(URI.create("/api/v1/shipments/" + s.id())).body(ShipmentJson.of(views.shipment(s)));
        });
    }

    @PostMapping("/discrepancies/{id}/resolve")
    @Operation(summary = "Resolve a discrepancy: REPLACEMENT, CREDIT or REJECTED with a reason (suppliers)")
    ShipmentJson resolve(@PathVariable UUID id, @RequestBody Resolve body) {
        return ShipmentJson.of(views.shipment(deliveries.resolveDiscrepancy(id, body.resolution(), body.note())));
    }

    @GetMapping("/deliveries")
    @Operation(summary = "Shipments of every package the caller may see, newest first",
            description = "overdue=true: only shipments past the expected date of their next milestone")
    PageOf<ShipmentJson> list(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return views.list(overdue, Paging.of(page, size, "number,desc", DeliveryViews.SORTABLE)).map(ShipmentJson::of);
    }

    @GetMapping("/deliveries/lead-times")
    @Operation(summary = "Lead times: funding to first handover and to complete delivery, per package and per category",
            description = "Days; per category the median, shortest and longest of the packages measured, beside the "
                    + "configured lead time that applies until history exists")
    LeadTimeReport.Report leadTimes() {
        return leadTimes.report();
    }
}
