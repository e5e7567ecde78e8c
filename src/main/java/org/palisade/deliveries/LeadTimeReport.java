package org.palisade.deliveries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.Packages;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.Requirements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long deliveries take: from funding to the first handover and to complete delivery, per package and per
 * capability category (median and spread, in days). A package's complete delivery is its last handover, counted
 * once every item is confirmed in full and nothing is open; a category's, within a package, is the last handover
 * of that category's items once they are all confirmed.
 */
@Component
class LeadTimeReport {

    private final ShipmentRepository repository;
    private final Packages packages;
    private final Requirements requirements;
    private final LeadTimes configured;

    LeadTimeReport(ShipmentRepository repository, Packages packages, Requirements requirements, LeadTimes configured) {
        this.repository = repository;
        this.packages = packages;
        this.requirements = requirements;
        this.configured = configured;
    }

    /** Days from funding to the first handover and to complete delivery (null while not reached). */
    record PackageRow(UUID id, int number, String name, LocalDate fundedOn, LocalDate firstHandover,
            Long daysToFirstHandover, LocalDate completedOn, Long daysToComplete) {
    }

    /**
     * Median and spread (shortest, longest) of a number of measured lead times, in days; all null when none
     * is measured. The median of an even count is the mean of the two middle values, rounded down.
     */
    record Spread(int count, Long median, Long shortest, Long longest) {

        static Spread of(List<Long> days) {
            List<Long> sorted = days.stream().filter(Objects::nonNull).sorted().toList();
            if (sorted.isEmpty()) {
                return new Spread(0, null, null, null);
            }
            int n = sorted.size();
            long median = n % 2 == 1 ? sorted.get(n / 2) : Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
            return new Spread(n, median, sorted.get(0), sorted.get(n - 1));
        }
    }

    /** A category: its configured lead time, and what history measured. */
    record CategoryRow(CapabilityCategory category, long configuredDays, Spread toFirstHandover, Spread toComplete) {
    }

    record Report(List<PackageRow> packages, List<CategoryRow> categories) {
    }

    @Transactional(readOnly = true)
    Report report() {
        List<AidPackage> visible = packages.all(repository.packagesWithShipments());
        Map<UUID, LocalDate> fundedOn = packages.fundedOn(visible.stream().map(AidPackage::id).toList());
        Map<UUID, List<Shipment>> shipments = repository.ofPackages(fundedOn.keySet()).stream()
                .collect(Collectors.groupingBy(Shipment::packageId));
        Map<UUID, RequirementItem> items = items(visible);
        List<PackageRow> rows = new ArrayList<>();
        Map<CapabilityCategory, List<Long>> first = new EnumMap<>(CapabilityCategory.class);
        Map<CapabilityCategory, List<Long>> complete = new EnumMap<>(CapabilityCategory.class);
        for (AidPackage p : visible) {
            LocalDate funded = fundedOn.get(p.id());
            List<Shipment> of = shipments.getOrDefault(p.id(), List.of());
            if (funded == null) {
                continue;
            }
            DeliveryLedger ledger = DeliveryLedger.of(p, of);
            LocalDate firstHandover = firstHandover(of, p.items().stream().map(PackageItem::requirementItemId).toList());
            LocalDate completedOn = ledger.complete() ? lastHandover(of) : null;
            rows.add(new PackageRow(p.id(), p.number(), p.name(), funded, firstHandover, days(funded, firstHandover),
                    completedOn, days(funded, completedOn)));
            Map<CapabilityCategory, List<UUID>> byCategory = p.items().stream()
                    .map(PackageItem::requirementItemId).filter(items::containsKey)
                    .collect(Collectors.groupingBy(id -> items.get(id).category()));
            byCategory.forEach((category, ids) -> {
                LocalDate categoryFirst = firstHandover(of, ids);
                if (categoryFirst != null) {
                    first.computeIfAbsent(category, c -> new ArrayList<>()).add(days(funded, categoryFirst));
                }
                boolean done = ids.stream().allMatch(id -> ledger.line(id).complete()) && of.stream()
                        .flatMap(s -> s.discrepancies().stream()).noneMatch(d -> d.isOpen() && ids.contains(d.requirementItemId()));
                if (done) {
                    complete.computeIfAbsent(category, c -> new ArrayList<>()).add(days(funded, lastHandover(of, ids)));
                }
            });
        }
        List<CategoryRow> categories = new ArrayList<>();
        for (CapabilityCategory category : CapabilityCategory.values()) {
            categories.add(new CategoryRow(category, configured.of(category).toDays(),
                    Spread.of(first.getOrDefault(category, List.of())),
                    Spread.of(complete.getOrDefault(category, List.of()))));
        }
        return new Report(rows, categories);
    }

    /**
     * The lead time to expect for a category: the median of the history measured from funding to first
     * handover once there is any, otherwise the configured one.
     */
    Duration expected(CapabilityCategory category, Report history) {
        return history.categories().stream().filter(c -> c.category() == category && c.toFirstHandover().count() > 0)
                .findFirst().map(c -> Duration.ofDays(c.toFirstHandover().median())).orElse(configured.of(category));
    }

    private Map<UUID, RequirementItem> items(Collection<AidPackage> pkgs) {
        Set<UUID> ids = new LinkedHashSet<>();
        pkgs.forEach(p -> p.items().forEach(i -> ids.add(i.requirementItemId())));
        return requirements.items(ids).stream().collect(Collectors.toMap(RequirementItem::id, Function.identity()));
    }

    private static LocalDate firstHandover(List<Shipment> shipments, Collection<UUID> items) {
        return shipments.stream().filter(s -> s.isHandedOver() && items.stream().anyMatch(i -> s.quantityOf(i) > 0))
                .map(s -> s.reached().get(Milestone.HANDED_OVER)).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate lastHandover(List<Shipment> shipments) {
        return shipments.stream().filter(Shipment::isHandedOver).map(s -> s.reached().get(Milestone.HANDED_OVER))
                .max(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate lastHandover(List<Shipment> shipments, Collection<UUID> items) {
        return shipments.stream().filter(s -> s.isHandedOver() && items.stream().anyMatch(i -> s.quantityOf(i) > 0))
                .map(s -> s.reached().get(Milestone.HANDED_OVER)).max(LocalDate::compareTo).orElse(null);
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
