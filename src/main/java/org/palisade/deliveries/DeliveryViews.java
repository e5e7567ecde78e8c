package org.palisade.deliveries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.Requirements;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the deliveries pages and the API show, ready to render: shipments with their items described, their
 * milestones, whether they are overdue and what the viewer may do with them, each read in a fixed number of
 * statements.
 */
@Component
class DeliveryViews {

    /** What the shipment list sorts by; {@code expected} is the day the next milestone is due (as shipment_progress). */
    static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("number", "s.number", "expected",
            "CASE WHEN s.handed_over_on IS NOT NULL THEN NULL"
                    + " WHEN s.shipped_on IS NULL THEN coalesce(s.shipped_expected, s.handover_expected)"
                    + " WHEN s.at_hub_on IS NULL THEN coalesce(s.at_hub_expected, s.handover_expected)"
                    + " ELSE s.handover_expected END").descendingFirst("number");

    private final ShipmentRepository repository;
    private final Packages packages;
    private final Requirements requirements;
    private final CurrentViewer current;
    private final Clock clock;

    DeliveryViews(ShipmentRepository repository, Packages packages, Requirements requirements, CurrentViewer current,
            Clock clock) {
        this.repository = repository;
        this.packages = packages;
        this.requirements = requirements;
        this.current = current;
        this.clock = clock;
    }

    /** A milestone as shown: expected and actual date; late when expected has passed without being reached. */
    record MilestoneRow(Milestone milestone, LocalDate expected, LocalDate reached, boolean late) {
    }

    /** An item of a shipment: its quantity and how much of it discrepancies hold back. */
    record ItemRow(UUID item, String description, String unit, long quantity, long heldBack) {
    }

    record DiscrepancyRow(Discrepancy discrepancy, String description, String unit) {
    }

    /** One shipment, ready to show. {@code allowedActions} are what the viewer may do now (API names). */
    record ShipmentView(Shipment shipment, int packageNumber, String packageName, List<MilestoneRow> milestones,
            Milestone next, LocalDate nextExpected, boolean overdue, List<ItemRow> items,
            List<DiscrepancyRow> discrepancies, List<String> allowedActions) {

        public boolean may(String action) {
            return allowedActions.contains(action);
        }

        public boolean mayConfirm() {
            return may(DeliveryPermissions.Action.CONFIRM.api);
        }

        public boolean mayRecordMilestone() {
            return may(DeliveryPermissions.Action.MILESTONE.api);
        }

        public boolean mayReportDiscrepancy() {
            return may(DeliveryPermissions.Action.REPORT_DISCREPANCY.api);
        }

        public boolean mayResolveDiscrepancy() {
            return may(DeliveryPermissions.Action.RESOLVE_DISCREPANCY.api);
        }
    }

    /** A package item: ordered, shipped, confirmed as delivered, credited instead, and what is left to ship. */
    record LineRow(UUID item, String description, String unit, long ordered, long shipped, long confirmed,
            long credited, long leftToShip) {
    }

    /** The deliveries of one package. {@code mayRecord}: the viewer may record a shipment now. */
    record PackageDeliveries(UUID packageId, int number, PackageStatus status, List<ShipmentView> shipments,
            List<LineRow> lines, boolean mayRecord, long overdue) {
    }

    @Transactional(readOnly = true)
    PackageDeliveries forPackage(UUID packageId) {
        AidPackage pkg = packages.get(packageId);
        List<Shipment> shipments = repository.ofPackage(packageId);
        Context context = context(List.of(pkg));
        List<ShipmentView> views = shipments.stream().map(s -> view(s, pkg, context)).toList();
        List<LineRow> lines = DeliveryLedger.of(pkg, shipments).lines().stream()
                .map(l -> new LineRow(l.item(), Recipients.describe(context.items(), l.item()),
                        Recipients.unit(context.items(), l.item()), l.ordered(), l.shipped(), l.confirmed(),
                        l.credited(), l.leftToShip()))
                .toList();
        boolean mayRecord = DeliveryPermissions.packageShips(pkg)
                && DeliveryPermissions.recordShipment(pkg).allows(current.viewer());
        return new PackageDeliveries(pkg.id(), pkg.number(), pkg.status(), views, lines, mayRecord,
                views.stream().filter(ShipmentView::overdue).count());
    }

    @Transactional(readOnly = true)
    ShipmentView shipment(Shipment s) {
        AidPackage pkg = packages.get(s.packageId());
        return view(s, pkg, context(List.of(pkg)));
    }

    /** Shipments of every package the viewer may see, newest first; only overdue ones when asked. */
    @Transactional(readOnly = true)
    PageOf<ShipmentView> list(boolean overdueOnly, Paging paging) {
        List<AidPackage> visible = packages.all(repository.packagesWithShipments());
        Map<UUID, AidPackage> byId = visible.stream().collect(Collectors.toMap(AidPackage::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<Shipment> page = repository.list(byId.keySet(), overdueOnly, today, paging);
        Context context = context(visible);
        return PageOf.of(page.stream().map(s -> view(s, byId.get(s.packageId()), context)).toList(), paging,
                repository.count(byId.keySet(), overdueOnly, today));
    }

    /** The item descriptions and recipients of these packages, read once for all their shipments. */
    private record Context(Map<UUID, RequirementItem> items, Map<UUID, Set<UUID>> recipients, Viewer viewer,
            LocalDate today) {
    }

    private Context context(List<AidPackage> pkgs) {
        Set<UUID> ids = new LinkedHashSet<>();
        pkgs.forEach(p -> p.items().stream().map(PackageItem::requirementItemId).forEach(ids::add));
        Map<UUID, RequirementItem> items = requirements.items(ids).stream()
                .collect(Collectors.toMap(RequirementItem::id, Function.identity()));
        Map<UUID, UUID> listOwners = new HashMap<>();
        Map<UUID, Set<UUID>> recipients = new HashMap<>();
        for (AidPackage p : pkgs) {
            Set<UUID> owners = new LinkedHashSet<>();
            for (PackageItem i : p.items()) {
                RequirementItem r = items.get(i.requirementItemId());
                if (r != null) {
                    owners.add(listOwners.computeIfAbsent(r.listId(), list -> requirements.get(list).ownerId()));
                }
            }
            recipients.put(p.id(), owners);
        }
        return new Context(items, recipients, current.viewer(), LocalDate.now(clock));
    }

    private ShipmentView view(Shipment s, AidPackage pkg, Context c) {
        List<MilestoneRow> milestones = new ArrayList<>();
        for (Milestone m : Milestone.values()) {
            LocalDate expected = s.expected().get(m);
            LocalDate reached = s.reached().get(m);
            milestones.add(new MilestoneRow(m, expected, reached,
                    reached == null && s.next().orElse(null) == m && s.isOverdue(c.today())));
        }
        List<ItemRow> items = s.items().stream().map(i -> new ItemRow(i.requirementItemId(),
                Recipients.describe(c.items(), i.requirementItemId()), Recipients.unit(c.items(), i.requirementItemId()),
                i.quantity(), s.heldBack(i.requirementItemId()))).toList();
        List<DiscrepancyRow> discrepancies = s.discrepancies().stream().map(d -> new DiscrepancyRow(d,
                Recipients.describe(c.items(), d.requirementItemId()), Recipients.unit(c.items(), d.requirementItemId())))
                .toList();
        List<String> allowed = DeliveryPermissions.allowed(c.viewer(), s, c.recipients().getOrDefault(pkg.id(), Set.of()))
                .stream().map(a -> a.api).toList();
        return new ShipmentView(s, pkg.number(), pkg.name(), milestones, s.next().orElse(null),
                s.nextExpected().orElse(null), s.isOverdue(c.today()), items, discrepancies, allowed);
    }
}
