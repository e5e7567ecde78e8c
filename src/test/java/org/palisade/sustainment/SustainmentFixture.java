package org.palisade.sustainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.deliveries.Deliveries;
import org.palisade.deliveries.Milestone;
import org.palisade.deliveries.Shipment;
import org.palisade.deliveries.ShipmentItem;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.Packages;
import org.palisade.requirements.ItemInput;
import org.palisade.requirements.ListStatus;
import org.palisade.requirements.Party;
import org.palisade.requirements.RankedItemInput;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.requirements.RequirementsFixture;
import org.palisade.security.Disclosure;
import org.palisade.testing.Fixtures;
import org.springframework.stereotype.Component;

/**
 * Test set-up through the real use cases: a fire unit and its interceptors in the catalogue (names unique to each
 * call), an approved list naming them, a contracted package of 2 fire units and 40 interceptors of which 1 fire
 * unit and 30 interceptors are handed over and confirmed.
 */
@Component
class SustainmentFixture {

    private final Catalogue catalogue;
    private final Requirements requirements;
    private final Organisations organisations;
    private final Packages packages;
    private final Contributions contributions;
    private final Deliveries deliveries;
    private final Fixtures fixtures;

    SustainmentFixture(Catalogue catalogue, Requirements requirements, Organisations organisations, Packages packages,
            Contributions contributions, Deliveries deliveries, Fixtures fixtures) {
        this.catalogue = catalogue;
        this.requirements = requirements;
        this.organisations = organisations;
        this.packages = packages;
        this.contributions = contributions;
        this.deliveries = deliveries;
        this.fixtures = fixtures;
    }

    record Systems(CatalogueEntry fireUnit, CatalogueEntry interceptor, AidPackage pkg) {
    }

    CatalogueEntry entry(EntryKind kind, String name, String unit) {
        return catalogue.add(new Catalogue.NewEntry(kind, name + " " + UUID.randomUUID(), unit,
                "AIR_AND_MISSILE_DEFENCE", new MoneyAmount(new BigDecimal("4000000"), "USD")));
    }

    void use(CatalogueEntry platform, CatalogueEntry consumable, String low, String normal, String high) {
        catalogue.setUse(platform.id(), consumable.id(), new Catalogue.RatesInput(low, normal, high));
    }

    /** A fire unit using 1.5 interceptors a day at normal intensity (0.5 low, 4 high), 1 of 2 delivered, 30 of 40. */
    Systems delivered() {
        CatalogueEntry fireUnit = entry(EntryKind.PLATFORM, "Fire unit", "fire units");
        CatalogueEntry interceptor = entry(EntryKind.CONSUMABLE, "Interceptor", "interceptors");
        use(fireUnit, interceptor, "0.5", "1.5", "4");
        AidPackage pkg = contracted(Map.of(fireUnit, 2L, interceptor, 40L));
        Map<UUID, UUID> items = itemsOf(pkg);
        Map<Milestone, LocalDate> reached = new EnumMap<>(Milestone.class);
        reached.put(Milestone.SHIPPED, LocalDate.of(2025, 9, 2));
        reached.put(Milestone.AT_HUB, LocalDate.of(2025, 9, 10));
        reached.put(Milestone.HANDED_OVER, LocalDate.of(2025, 9, 15));
        Shipment s = deliveries.record(pkg.id(), new Deliveries.NewShipment(null, List.of(
                new ShipmentItem(items.get(fireUnit.id()), 1), new ShipmentItem(items.get(interceptor.id()), 30)),
                Map.of(), reached));
        deliveries.confirmReceipt(s.id(), null);
        return new Systems(fireUnit, interceptor, pkg);
    }

    /** The package's requirement item of each catalogue entry. */
    Map<UUID, UUID> itemsOf(AidPackage pkg) {
        Map<UUID, UUID> byEntry = new java.util.HashMap<>();
        requirements.items(pkg.items().stream().map(PackageItem::requirementItemId).toList())
                .forEach(i -> byEntry.put(i.catalogueEntry(), i.id()));
        return byEntry;
    }

    /** A contracted package of these catalogue entries (a new approved list version names them). */
    AidPackage contracted(Map<CatalogueEntry, Long> quantities) {
        fixtures.usdRates();
        RequirementsFixture.registerParties(organisations);
        RequirementList list = requirements.currentDraft().orElse(null);
        if (list == null) {
            list = requirements.startDraft(requirements.latestApproved().isPresent() ? null
                    : organisations.byCode("UKR").orElseThrow().id());
        } else if (list.status() == ListStatus.SUBMITTED) {
            list = requirements.reopen(list.id(), null);
        }
        List<CatalogueEntry> entries = List.copyOf(quantities.keySet());
        java.util.ArrayList<RankedItemInput> lines = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogueEntry e = entries.get(i);
            lines.add(new RankedItemInput(null, i + 1, new ItemInput(e.category().name(), e.name(),
                    quantities.get(e), e.unit(), MoneyAmount.of(e.unitCost()), LocalDate.of(2025, 12, 1), e.id())));
        }
        list = requirements.replaceItems(list.id(), lines, null);
        requirements.submit(list.id(), null);
        requirements.approve(list.id(), Party.RECIPIENT, list.ownerId(), null);
        requirements.approve(list.id(), Party.COORDINATOR, organisations.byCode("NATO").orElseThrow().id(), null);
        list = requirements.approve(list.id(), Party.SUPPLIER, organisations.byCode("USA").orElseThrow().id(), null);
        List<PackageItem> items = list.items().stream()
                .map(i -> new PackageItem(i.id(), quantities.get(entries.get(i.rank() - 1)))).toList();
        long units = quantities.values().stream().mapToLong(Long::longValue).sum();
        Money target = Money.of(String.valueOf(4_000_000L * units), "USD");
        AidPackage p = packages.propose(new Packages.Proposal("Sustainment test " + UUID.randomUUID(), target,
                fixtures.coordinator(), Disclosure.PUBLIC, items));
        packages.open(p.id(), null, null);
        Contribution c = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("NLD")), target,
                p.id(), null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 4), null));
        contributions.commit(c.id(), target, LocalDate.of(2025, 8, 5), null);
        packages.fund(p.id(), null, null);
        return packages.contract(p.id(), null, null);
    }

    /** The items of the current draft, new since the approved version, that name this catalogue entry. */
    List<RequirementItem> inDraft(CatalogueEntry entry) {
        java.util.Set<UUID> agreed = new java.util.HashSet<>();
        requirements.latestApproved().ifPresent(l -> l.items().forEach(i -> agreed.add(i.lineage())));
        return requirements.currentDraft().map(l -> l.items().stream()
                .filter(i -> entry.id().equals(i.catalogueEntry()) && !agreed.contains(i.lineage())).toList())
                .orElse(List.of());
    }
}
