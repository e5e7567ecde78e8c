package org.palisade.deliveries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.deliveries.DeliveryPermissions.Rule;
import org.palisade.deliveries.DeliveryRefusal.DiscrepancyTooLarge;
import org.palisade.deliveries.DeliveryRefusal.ItemNotInPackage;
import org.palisade.deliveries.DeliveryRefusal.ItemNotInShipment;
import org.palisade.deliveries.DeliveryRefusal.NoItems;
import org.palisade.deliveries.DeliveryRefusal.NoteMissing;
import org.palisade.deliveries.DeliveryRefusal.PackageNotShipping;
import org.palisade.deliveries.DeliveryRefusal.QuantityLeft;
import org.palisade.deliveries.DeliveryRefusal.ReasonMissing;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.Conflict;
import org.palisade.platform.NotFound;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.requirements.RequirementItem;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of deliveries: the supplier records shipments and their milestones and resolves discrepancies; the
 * recipient confirms receipt or reports discrepancies. Each change moves the package along by itself: to
 * delivering with its first handover, to delivered once every item is confirmed in full and nothing is open.
 */
@Service
public class Deliveries {

    static final String RECORD_TYPE = "shipment";

    private final ShipmentRepository repository;
    private final Packages packages;
    private final Recipients recipients;
    private final LeadTimeReport leadTimes;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliveries(ShipmentRepository repository, Packages packages, Recipients recipients, LeadTimeReport leadTimes,
            CurrentViewer current, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.packages = packages;
        this.recipients = recipients;
        this.leadTimes = leadTimes;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A shipment to record: items and quantities, expected dates (the handover's defaults from the lead times)
     * and the milestones already reached, if any.
     */
    public record NewShipment(String reference, List<ShipmentItem> items, Map<Milestone, LocalDate> expected,
            Map<Milestone, LocalDate> reached) {
    }

    /** A discrepancy the recipient reports on one item of a handed-over shipment. */
    public record NewDiscrepancy(UUID item, DiscrepancyKind kind, long quantity, String note) {
    }

    @Transactional
    public Shipment record(UUID packageId, NewShipment request) {
        return record(packageId, request, new Violations());
    }

    /** Records a shipment, reporting its problems together with those the caller found reading the input. */
    @Transactional
    public Shipment record(UUID packageId, NewShipment request, Violations v) {
        AidPackage seen = packages.get(packageId);
        require(DeliveryPermissions.recordShipment(seen), Target.newRecord(RECORD_TYPE, seen.owner()));
        // The package's row stays locked until this transaction ends: two shipments recorded at the same moment
        // are checked one after the other, each against what the other shipped, so together they never carry
        // more of an item than the package holds. (The quantities live in several rows; a row-level check alone
        // would let both pass.)
        AidPackage pkg = packages.lockForDelivery(packageId);
        if (!DeliveryPermissions.packageShips(pkg)) {
            throw DeliveryRefusalWords.conflict(new PackageNotShipping(pkg.number(), pkg.status()));
        }
        Map<UUID, RequirementItem> described = recipients.items(pkg);
        DeliveryLedger ledger = DeliveryLedger.of(pkg, repository.ofPackage(packageId));
        List<ShipmentItem> items = request.items() == null ? List.of() : request.items();
        if (items.isEmpty() && !v.mentions("items")) {
            DeliveryRefusalWords.add(v, "items", new NoItems());
        }
        Map<UUID, Long> askedSoFar = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ShipmentItem item = items.get(i);
            UUID id = item.requirementItemId();
            if (!ledger.holds(id)) {
                DeliveryRefusalWords.add(v, "items[" + i + "].item", new ItemNotInPackage(id, pkg.number()));
                continue;
            }
            long left = ledger.line(id).leftToShip() - askedSoFar.getOrDefault(id, 0L);
            if (item.quantity() > left) {
                DeliveryRefusalWords.add(v, "items[" + i + "].quantity", new QuantityLeft(
                        Recipients.describe(described, id), Math.max(0, left), Recipients.unit(described, id),
                        item.quantity()));
            }
            askedSoFar.merge(id, item.quantity(), Long::sum);
        }
        Map<Milestone, LocalDate> expected = new EnumMap<>(Milestone.class);
        if (request.expected() != null) {
            request.expected().forEach((m, d) -> {
                if (d != null) {
                    expected.put(m, d);
                }
            });
        }
        expected.computeIfAbsent(Milestone.HANDED_OVER, m -> defaultHandover(pkg, items, described));
        Map<Milestone, LocalDate> reached = reachedInOrder(request.reached(), v);
        v.throwIfAny();
        String reference = request.reference() == null || request.reference().isBlank() ? null
                : request.reference().strip();
        Shipment draft = new Shipment(UUID.randomUUID(), 0, packageId, reference, expected, reached, items, List.of(),
                null, null, clock.instant(), current.username(), 0);
        repository.insert(draft);
        Shipment created = load(draft.id());
        events.publishEvent(new RecordChanged(RECORD_TYPE, created.id(), pkg.owner(), "recorded", null, created, null));
        advance(pkg);
        return created;
    }

    /** Milestones given at once must be reached in order, each on or after the one before and not after today. */
    private Map<Milestone, LocalDate> reachedInOrder(Map<Milestone, LocalDate> given, Violations v) {
        Map<Milestone, LocalDate> reached = new EnumMap<>(Milestone.class);
        if (given == null) {
            return reached;
        }
        LocalDate today = LocalDate.now(clock);
        for (Milestone m : Milestone.values()) {
            LocalDate on = given.get(m);
            if (on == null) {
                continue;
            }
            String field = "reached." + m.label();
            if (m.ordinal() > 0 && !reached.containsKey(Milestone.values()[m.ordinal() - 1])) {
                DeliveryRefusalWords.add(v, field, new DeliveryRefusal.MilestoneSkipped(m,
                        Milestone.values()[m.ordinal() - 1]));
                continue;
            }
            try {
                Shipment.checkDate(m, on, today, reached);
                reached.put(m, on);
            } catch (org.palisade.platform.InvalidRequest refused) {
                refused.violations().forEach(x -> v.add(field, x.message(), x.wording().getCodes()[0],
                        x.wording().getArguments()));
            }
        }
        return reached;
    }

    /** The handover a new shipment of this package is expected by, unless the supplier says otherwise. */
    @Transactional(readOnly = true)
    LocalDate defaultHandover(UUID packageId) {
        AidPackage pkg = packages.get(packageId);
        return defaultHandover(pkg, pkg.items().stream().map(i -> new ShipmentItem(i.requirementItemId(), i.quantity()))
                .toList(), recipients.items(pkg));
    }

    /**
     * Funding date plus the lead time of the slowest category among the shipment's items: the median of the
     * history once there is one, the configured lead time until then.
     */
    private LocalDate defaultHandover(AidPackage pkg, List<ShipmentItem> items, Map<UUID, RequirementItem> described) {
        LocalDate fundedOn = packages.fundedOn(List.of(pkg.id())).getOrDefault(pkg.id(), LocalDate.now(clock));
        LeadTimeReport.Report history = leadTimes.report();
        java.time.Duration longest = items.stream().map(i -> described.get(i.requirementItemId()))
                .filter(java.util.Objects::nonNull).map(RequirementItem::category).distinct()
                .map(category -> leadTimes.expected(category, history)).max(java.time.Duration::compareTo)
                .orElse(java.time.Duration.ZERO);
        return fundedOn.plusDays(longest.toDays());
    }

    /**
     * Records milestones reached (in order) and, for milestones not reached yet, new expected dates.
     *
     * @param reached  milestones reached, with their dates
     * @param expected new expected dates of milestones still ahead
     */
    @Transactional
    public Shipment recordMilestones(UUID shipmentId, Map<Milestone, LocalDate> reached,
            Map<Milestone, LocalDate> expected, Long expectedVersion) {
        Shipment before = find(shipmentId);
        AidPackage pkg = packages.get(before.packageId());
        require(DeliveryPermissions.recordMilestone(before), target(before, pkg));
        pkg = packages.lockForDelivery(pkg.id());
        before = checkVersion(load(shipmentId), expectedVersion);
        LocalDate today = LocalDate.now(clock);
        Shipment after = before;
        for (Milestone m : Milestone.values()) {
            if (reached != null && reached.get(m) != null) {
                after = after.reach(m, reached.get(m), today);
            }
        }
        if (expected != null && !expected.isEmpty()) {
            Map<Milestone, LocalDate> plan = new EnumMap<>(Milestone.class);
            plan.putAll(after.expected());
            for (Map.Entry<Milestone, LocalDate> e : expected.entrySet()) {
                if (e.getValue() != null && !after.reached().containsKey(e.getKey())) {
                    plan.put(e.getKey(), e.getValue());
                }
            }
            after = new Shipment(after.id(), after.number(), after.packageId(), after.reference(), plan,
                    after.reached(), after.items(), after.discrepancies(), after.receivedAt(), after.receivedBy(),
                    after.recordedAt(), after.recordedBy(), after.version());
        }
        Shipment saved = store(before, after, pkg, after.isHandedOver() && !before.isHandedOver() ? "handed-over"
                : !after.reached().equals(before.reached()) ? "milestone-reached" : "rescheduled", null);
        advance(pkg);
        return saved;
    }

    /** The recipient confirms it received the handed-over shipment as shipped (apart from any reported discrepancy). */
    @Transactional
    public Shipment confirmReceipt(UUID shipmentId, Long expectedVersion) {
        Shipment before = find(shipmentId);
        AidPackage pkg = packages.get(before.packageId());
        require(DeliveryPermissions.confirmReceipt(before, recipients.of(pkg)), target(before, pkg));
        pkg = packages.lockForDelivery(pkg.id());
        before = checkVersion(load(shipmentId), expectedVersion);
        Shipment saved = store(before, before.receive(clock.instant(), current.username()), pkg, "receipt-confirmed",
                null);
        advance(pkg);
        return saved;
    }

    /**
     * The recipient reports what was short, damaged or the wrong item; reporting records receipt of the rest.
     * A discrepancy holds at most what the shipment carried of the item and is not already reported.
     */
    @Transactional
    public Shipment reportDiscrepancy(UUID shipmentId, NewDiscrepancy report, Long expectedVersion) {
        Shipment before = find(shipmentId);
        AidPackage pkg = packages.get(before.packageId());
        require(DeliveryPermissions.reportDiscrepancy(before, recipients.of(pkg)), target(before, pkg));
        pkg = packages.lockForDelivery(pkg.id());
        before = checkVersion(load(shipmentId), expectedVersion);
        before.requireHandedOver();
        if (pkg.status() == PackageStatus.DELIVERED) {
            throw DeliveryRefusalWords.conflict(new PackageNotShipping(pkg.number(), pkg.status()));
        }
        Violations v = new Violations();
        long carried = report.item() == null ? 0 : before.quantityOf(report.item());
        if (report.item() == null || carried == 0) {
            DeliveryRefusalWords.add(v, "item", new ItemNotInShipment(report.item(), before.number()));
        } else {
            long left = carried - before.heldBack(report.item());
            if (report.quantity() <= 0 || report.quantity() > left) {
                Map<UUID, RequirementItem> described = recipients.items(pkg);
                DeliveryRefusalWords.add(v, "quantity", new DiscrepancyTooLarge(
                        Recipients.describe(described, report.item()), left, Recipients.unit(described, report.item()),
                        report.quantity()));
            }
        }
        if (report.kind() == null) {
            v.add("kind", "kind is required: SHORT, DAMAGED or WRONG_ITEM");
        }
        String note = note(report.note());
        if (note == null) {
            DeliveryRefusalWords.add(v, "note", new NoteMissing());
        }
        v.throwIfAny();
        Discrepancy d = new Discrepancy(UUID.randomUUID(), 0, before.id(), report.item(), report.kind(),
                report.quantity(), note, clock.instant(), current.username(), null, null, null, null);
        repository.insertDiscrepancy(d);
        Shipment after = before.isReceived() ? before : before.receive(clock.instant(), current.username());
        return store(before, after, pkg, "discrepancy-reported", null);
    }

    /** The supplier resolves an open discrepancy: a replacement, a credit, or a rejection with its reason. */
    @Transactional
    public Shipment resolveDiscrepancy(UUID discrepancyId, Resolution resolution, String note) {
        UUID shipmentId = repository.shipmentOfDiscrepancy(discrepancyId)
                .orElseThrow(() -> new NotFound("discrepancy", discrepancyId));
        Shipment before = find(shipmentId);
        AidPackage pkg = packages.get(before.packageId());
        require(DeliveryPermissions.resolveDiscrepancy(before), target(before, pkg));
        pkg = packages.lockForDelivery(pkg.id());
        before = load(shipmentId);
        Discrepancy open = before.discrepancies().stream().filter(d -> d.id().equals(discrepancyId)).findFirst()
                .orElseThrow(() -> new NotFound("discrepancy", discrepancyId));
        if (resolution == null) {
            throw new org.palisade.platform.InvalidRequest("resolution",
                    "resolution is required: REPLACEMENT, CREDIT or REJECTED");
        }
        String why = note(note);
        if (resolution == Resolution.REJECTED && why == null) {
            throw DeliveryRefusalWords.invalid("note", new ReasonMissing());
        }
        Discrepancy resolved = open.resolve(resolution, why, clock.instant(), current.username());
        repository.resolveDiscrepancy(resolved);
        Shipment saved = store(before, before, pkg, "discrepancy-resolved", why);
        advance(pkg);
        return saved;
    }

    /**
     * The quantity of each item of the package that the recipient has confirmed as delivered: what other modules
     * (sustainment) count as arrived. Published also as the view {@code confirmed_package_item}.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Long> confirmedQuantities(UUID packageId) {
        AidPackage pkg = packages.get(packageId);
        return DeliveryLedger.of(pkg, repository.ofPackage(packageId)).confirmed();
    }

    /**
     * Moves the package along: to delivering once a shipment is handed over, to delivered once every item is
     * confirmed in full and no discrepancy is open. The package row is locked by the caller.
     */
    private void advance(AidPackage pkg) {
        List<Shipment> shipments = repository.ofPackage(pkg.id());
        AidPackage now = pkg;
        if (now.status() == PackageStatus.CONTRACTED && shipments.stream().anyMatch(Shipment::isHandedOver)) {
            Shipment first = shipments.stream().filter(Shipment::isHandedOver).findFirst().orElseThrow();
            now = packages.deliveryStarted(now.id(), "shipment " + first.number() + " handed over on "
                    + first.reached().get(Milestone.HANDED_OVER));
        }
        if (now.status() == PackageStatus.DELIVERING && DeliveryLedger.of(now, shipments).complete()) {
            packages.deliveredInFull(now.id(), "every item confirmed in full");
        }
    }

    private Shipment store(Shipment before, Shipment after, AidPackage pkg, String action, String reason) {
        if (!repository.update(after, before.version())) {
            throw Conflict.staleVersion(RECORD_TYPE, before.number(), before.version());
        }
        Shipment saved = load(after.id());
        events.publishEvent(new RecordChanged(RECORD_TYPE, saved.id(), pkg.owner(), action, before, saved, reason));
        return saved;
    }

    private Shipment checkVersion(Shipment s, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != s.version()) {
            throw Conflict.staleVersion(RECORD_TYPE, s.number(), expectedVersion);
        }
        return s;
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > 1000 ? null : stripped;
    }

    /** A shipment of a package the viewer may see; otherwise 404 (see {@link Packages#get}). */
    Shipment find(UUID id) {
        Shipment s = repository.find(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        try {
            packages.get(s.packageId());
        } catch (NotFound hidden) {
            throw new NotFound(RECORD_TYPE, id);
        }
        return s;
    }

    private Shipment load(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    private void require(Rule rule, Target target) {
        if (rule.organisations() == null) {
            access.requireRole(rule.action(), target, rule.role());
        } else {
            access.requireRoleIn(rule.action(), target, rule.organisations(), rule.role());
        }
    }

    private static Target target(Shipment s, AidPackage pkg) {
        return new Target(RECORD_TYPE, s.id(), pkg.owner());
    }

}
