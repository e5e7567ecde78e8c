package org.palisade.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.audit.AuditTrail;
import org.palisade.contributions.Contribution;
import org.palisade.deliveries.Deliveries;
import org.palisade.deliveries.Milestone;
import org.palisade.deliveries.Shipment;
import org.palisade.deliveries.ShipmentItem;
import org.palisade.contributions.Contributions;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRate;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.organisations.Alliance;
import org.palisade.organisations.Membership;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.Packages;
import org.palisade.platform.Clocks;
import org.palisade.platform.StartupLock;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.requirements.ItemInput;
import org.palisade.requirements.Party;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.security.Disclosure;
import org.palisade.sustainment.Catalogue;
import org.palisade.sustainment.CatalogueEntry;
import org.palisade.sustainment.EntryKind;
import org.palisade.sustainment.Intensity;
import org.palisade.sustainment.Sustainment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads demo data into an empty database at start: the organisations, a first approved list, and the
 * first four PURL packages with their contributions as publicly reported in August and September 2025
 * (sources in README, "Demo data"). Everything is written in one transaction: all of it or nothing.
 * Item quantities and unit costs of the list are illustrative estimates, not reported figures.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "palisade.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final LocalDate NATO_FOUNDED = LocalDate.of(1949, 8, 24);

    private final Organisations organisations;
    private final ExchangeRates rates;
    private final Requirements requirements;
    private final Packages packages;
    private final Contributions contributions;
    private final StartupLock startup;
    private final JdbcClient jdbc;
    private final Deliveries deliveries;
    private final Clock clock;
    private final AuditTrail audit;
    private final org.palisade.sources.Sources sources;
    private final org.palisade.sources.Claims claims;
    private final org.palisade.sources.ArticleReview review;
    private final Catalogue catalogue;
    private final Sustainment sustainment;
    private int step;
    /** What the shipments still under way are recorded for, once the dated history is written. */
    private AidPackage firstPackage;
    private Map<String, RequirementItem> firstItems;
    /** The systems catalogue's entries by key: platforms and the consumables the list's items name. */
    private final Map<String, CatalogueEntry> entries = new java.util.HashMap<>();

    DemoData(Organisations organisations, ExchangeRates rates, Requirements requirements, Packages packages,
            Contributions contributions, StartupLock startup, JdbcClient jdbc, Deliveries deliveries, Clock clock,
            AuditTrail audit, org.palisade.sources.Sources sources, org.palisade.sources.Claims claims,
            Catalogue catalogue, Sustainment sustainment, org.palisade.sources.ArticleReview review) {
        this.review = review;
        this.catalogue = catalogue;
        this.sustainment = sustainment;
        this.sources = sources;
        this.claims = claims;
        this.deliveries = deliveries;
        this.clock = clock;
        this.audit = audit;
        this.organisations = organisations;
        this.rates = rates;
        this.requirements = requirements;
        this.packages = packages;
        this.contributions = contributions;
        this.startup = startup;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Several instances may start at once on one empty database: the first to take the lock loads, the
        // others then find organisations and skip.
        boolean loaded = startup.holding(StartupLock.DEMO_DATA, () -> {
            if (jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single() > 0) {
                return false;
            }
            // the organisations and the first list as of the launch of PURL; each later step on the date it
            // describes
            on(LocalDate.of(2025, 7, 28), this::load);
            // shipments still under way are recorded now: their dates are relative to today
            shipmentsUnderWay(firstPackage, firstItems);
            // the recipient's latest report of use is recent, and the proposal fills the gap it shows
            sustainmentToday();
            return true;
        });
        if (loaded) {
            // entries dated 2025 would otherwise look overdue for the chain until the sequencer's next turn
            audit.sequenceNow();
            log.info("Loaded demo data: 13 organisations, requirement list 1, packages 1-4 with their contributions, the reports behind them (sources, claims, open conflicts), an article waiting for review, shipments of package 1, the systems catalogue with Patriot use and a sustainment proposal in draft 2");
        }
    }

    private void load() {
        Organisation ukr = state("UKR", "Ukraine", Set.of(OrganisationKind.RECIPIENT));
        Organisation nato = organisations.register(new Organisations.Registration("NATO",
                "NATO (SACEUR approves, NSATU coordinates delivery)", false, Set.of(OrganisationKind.COORDINATOR), List.of()));
        Organisation usa = state("USA", "United States", Set.of(OrganisationKind.SUPPLIER),
                nato(NATO_FOUNDED));
        Organisation nld = state("NLD", "Netherlands", contributor(), nato(NATO_FOUNDED), eu(LocalDate.of(1958, 1, 1)));
        Organisation dnk = state("DNK", "Denmark", contributor(), nato(NATO_FOUNDED), eu(LocalDate.of(1973, 1, 1)));
        Organisation nor = state("NOR", "Norway", contributor(), nato(NATO_FOUNDED));
        Organisation swe = state("SWE", "Sweden", contributor(), nato(LocalDate.of(2024, 3, 7)), eu(LocalDate.of(1995, 1, 1)));
        state("FIN", "Finland", contributor(), nato(LocalDate.of(2023, 4, 4)), eu(LocalDate.of(1995, 1, 1)));
        Organisation deu = state("DEU", "Germany", contributor(), nato(LocalDate.of(1955, 5, 6)), eu(LocalDate.of(1958, 1, 1)));
        Organisation can = state("CAN", "Canada", contributor(), nato(NATO_FOUNDED));
        state("AUS", "Australia", contributor());
        state("NZL", "New Zealand", contributor());
        organisations.register(new Organisations.Registration("EU", "European Union", false,
                Set.of(OrganisationKind.CONTRIBUTOR), List.of()));

        // EUR 500M was reported as about USD 578M for the Dutch package (Ukraine MoD, August 2025).
        rates.record(new ExchangeRate(CurrencyCode.USD, LocalDate.of(2025, 8, 4), new BigDecimal("1.1560"),
                "derived from EUR 500M ≈ USD 578M (Ukraine MoD; Dutch MoD statements, August 2025)"));

        catalogue(ukr);

        RequirementList list = requirements.startDraft(ukr.id());
        Map<String, RequirementItem> items = new java.util.LinkedHashMap<>();
        item(list, items, "pac3", CapabilityCategory.AIR_AND_MISSILE_DEFENCE, "Patriot PAC-3 MSE interceptors", 120,
                "missiles", "4000000.00", LocalDate.of(2025, 10, 1), entries.get("pac3").id());
        item(list, items, "patriot-parts", CapabilityCategory.SPARE_PARTS_AND_SUSTAINMENT,
                "Patriot system components and spare parts", 40, "lots", "5000000.00", LocalDate.of(2025, 10, 1),
                entries.get("patriot-parts").id());
        item(list, items, "gmlrs", CapabilityCategory.ROCKET_ARTILLERY_AMMUNITION, "GMLRS rockets for HIMARS", 1500,
                "rockets", "170000.00", LocalDate.of(2025, 11, 1));
        item(list, items, "155", CapabilityCategory.ARTILLERY_AMMUNITION, "155 mm artillery rounds", 150000,
                "rounds", "4000.00", LocalDate.of(2025, 12, 1));
        item(list, items, "c-uas", CapabilityCategory.DRONES_AND_COUNTER_DRONE, "Counter-drone interceptors", 5000,
                "interceptors", "30000.00", LocalDate.of(2025, 12, 1));
        item(list, items, "nasams", CapabilityCategory.AIR_AND_MISSILE_DEFENCE, "Air defence missiles for NASAMS", 100,
                "missiles", "1000000.00", LocalDate.of(2026, 1, 1));
        RequirementList draft = list;
        // Dates of the list's approval and of the packages' moves are illustrative (the reporting gives only
        // announcement and delivery dates); the amounts and their dates are as reported.
        on(LocalDate.of(2025, 7, 30), () -> {
            requirements.submit(draft.id(), null);
            requirements.approve(draft.id(), Party.RECIPIENT, ukr.id(), null);
            requirements.approve(draft.id(), Party.COORDINATOR, nato.id(), null);
            requirements.approve(draft.id(), Party.SUPPLIER, usa.id(), null);
        });

        AidPackage p1 = proposed(LocalDate.of(2025, 8, 4), "Netherlands: Patriot components and missiles",
                Money.of("500000000", "EUR"), nato, take(items, "pac3", 100), take(items, "patriot-parts", 20));
        AidPackage p2 = proposed(LocalDate.of(2025, 8, 5), "Denmark, Norway and Sweden: incl. HIMARS ammunition",
                Money.of("495000000", "USD"), nato, take(items, "gmlrs", 1500), take(items, "patriot-parts", 10));
        AidPackage p3 = proposed(LocalDate.of(2025, 8, 15), "Germany: air defence and ammunition",
                Money.of("500000000", "USD"), nato, take(items, "pac3", 20), take(items, "155", 100000));
        AidPackage p4 = proposed(LocalDate.of(2025, 9, 1), "Canada: fourth package", Money.of("500000000", "USD"),
                nato, take(items, "nasams", 100), take(items, "c-uas", 3000));

        // The first three were reported as sent by 2025-08-23 (Interfax-Ukraine, 2025-08-23): paid in full.
        Contribution c1 = committedInFull(List.of(nld.id()), "500000000", "EUR", p1, LocalDate.of(2025, 8, 4),
                CapabilityCategory.AIR_AND_MISSILE_DEFENCE);
        Contribution c2 = committedInFull(List.of(dnk.id(), nor.id(), swe.id()), "495000000", "USD", p2,
                LocalDate.of(2025, 8, 5), CapabilityCategory.ROCKET_ARTILLERY_AMMUNITION);
        Contribution c3 = committedInFull(List.of(deu.id()), "500000000", "USD", p3, LocalDate.of(2025, 8, 15), null);
        for (Contribution c : List.of(c1, c2, c3)) {
            on(LocalDate.of(2025, 8, 23), () -> contributions.pay(c.id(), c.committed(), LocalDate.of(2025, 8, 23), null));
        }
        Contribution[] c4 = new Contribution[1];
        on(LocalDate.of(2025, 9, 1), () -> c4[0] = contributions.pledge(new Contributions.Pledge(List.of(can.id()),
                Money.of("500000000", "USD"), p4.id(), null, Disclosure.PUBLIC, LocalDate.of(2025, 9, 1), null)));
        // the reports behind these figures, recorded when the last of them was published
        on(LocalDate.of(2025, 9, 2), () -> new DemoClaims(sources, claims).record(c1, c2, c3, c4[0]));
        // an article waiting for review: its pledge is Canada's (to be accepted onto that contribution), its
        // cumulative figure is no pledge (to be rejected). The text is written for the demo from these facts.
        on(LocalDate.of(2025, 9, 3), () -> review.importForReview(new org.palisade.sources.ArticleReview.ArticleDraft(
                """
                Canada joins PURL with a fourth package (illustrative text)

                Canada will finance a fourth PURL package with USD 500 million, Ottawa said on Monday.

                NATO said allies had sent about USD 1.5 billion through PURL so far.""",
                "Demo press", LocalDate.of(2025, 9, 3), "en", null, null)));

        on(LocalDate.of(2025, 8, 25), () -> packages.contract(p1.id(), null, null));
        // first deliveries were reported in September 2025: the receipt moves package 1 to delivering
        on(LocalDate.of(2025, 9, 16), () -> firstShipmentOfPackage1(p1, items));
        on(LocalDate.of(2025, 8, 28), () -> packages.contract(p2.id(), null, null));
        on(LocalDate.of(2025, 9, 2), () -> packages.open(p4.id(), null, null));
        firstPackage = p1;
        firstItems = items;
    }

    private AidPackage proposed(LocalDate on, String name, Money target, Organisation coordinator,
            PackageItem... taken) {
        AidPackage[] proposed = new AidPackage[1];
        on(on, () -> proposed[0] = packages.propose(new Packages.Proposal(name, target, coordinator.id(),
                Disclosure.PUBLIC, List.of(taken))));
        return proposed[0];
    }

    /** Pledged and committed on the day it was announced; the package opens and is funded that day. */
    private Contribution committedInFull(List<UUID> contributors, String amount, String currency, AidPackage p,
            LocalDate announced, CapabilityCategory earmark) {
        Money money = Money.of(amount, currency);
        Contribution[] committed = new Contribution[1];
        on(announced, () -> committed[0] = contributions.pledge(new Contributions.Pledge(contributors, money, p.id(),
                earmark, Disclosure.PUBLIC, announced, null)));
        on(announced, () -> committed[0] = contributions.commit(committed[0].id(), money, announced, null));
        on(announced, () -> packages.open(p.id(), null, null));
        on(announced, () -> packages.fund(p.id(), null, "committed in full"));
        return committed[0];
    }

    /**
     * Package 1's first shipment, handed over and confirmed in September 2025 (first deliveries were reported
     * then), which moves the package to delivering. Quantities, references and dates are illustrative.
     */
    private void firstShipmentOfPackage1(AidPackage p1, Map<String, RequirementItem> items) {
        Shipment first = deliveries.record(p1.id(), new Deliveries.NewShipment("US-NL-PURL-001",
                List.of(ship(items, "pac3", 30), ship(items, "patriot-parts", 8)),
                Map.of(Milestone.SHIPPED, LocalDate.of(2025, 9, 1), Milestone.AT_HUB, LocalDate.of(2025, 9, 8),
                        Milestone.HANDED_OVER, LocalDate.of(2025, 9, 15)),
                Map.of(Milestone.SHIPPED, LocalDate.of(2025, 9, 2), Milestone.AT_HUB, LocalDate.of(2025, 9, 10),
                        Milestone.HANDED_OVER, LocalDate.of(2025, 9, 16))));
        deliveries.confirmReceipt(first.id(), null);
    }

    /**
     * Package 1's shipment in transit and the one the supplier has not shipped by its expected date (overdue),
     * as of today. Quantities, references and dates are illustrative.
     */
    private void shipmentsUnderWay(AidPackage p1, Map<String, RequirementItem> items) {
        LocalDate today = LocalDate.now(clock);
        deliveries.record(p1.id(), new Deliveries.NewShipment("US-NL-PURL-002", List.of(ship(items, "pac3", 40)),
                Map.of(Milestone.AT_HUB, today.plusDays(5), Milestone.HANDED_OVER, today.plusDays(12)),
                Map.of(Milestone.SHIPPED, today.minusDays(6))));
        deliveries.record(p1.id(), new Deliveries.NewShipment("US-NL-PURL-003", List.of(ship(items, "patriot-parts", 6)),
                Map.of(Milestone.SHIPPED, LocalDate.of(2025, 10, 15), Milestone.HANDED_OVER, LocalDate.of(2025, 11, 30)),
                Map.of()));
    }

    private static ShipmentItem ship(Map<String, RequirementItem> items, String key, long quantity) {
        return new ShipmentItem(items.get(key).id(), quantity);
    }

    /**
     * Runs a step of the demo history with the clock at noon UTC of the day it describes, a minute after the
     * step before, so steps of one day keep their order.
     */
    private void on(LocalDate day, Runnable work) {
        Clocks.during(day.atTime(12, 0).plusMinutes(step++).toInstant(ZoneOffset.UTC), work);
    }

    private void item(RequirementList list, Map<String, RequirementItem> items, String key, CapabilityCategory category,
            String description, long quantity, String unit, String unitCostUsd, LocalDate neededBy) {
        item(list, items, key, category, description, quantity, unit, unitCostUsd, neededBy, null);
    }

    private void item(RequirementList list, Map<String, RequirementItem> items, String key, CapabilityCategory category,
            String description, long quantity, String unit, String unitCostUsd, LocalDate neededBy, UUID entry) {
        items.put(key, requirements.addItem(list.id(), new ItemInput(category.name(), description, quantity, unit,
                new MoneyAmount(new BigDecimal(unitCostUsd), "USD"), neededBy, entry), null, null).item());
    }

    /**
     * The systems catalogue as of the launch of PURL: the Patriot fire unit, the PAC-3 MSE interceptor it fires
     * (the list's interceptors name it, so package 1's deliveries count as its stock) and the spare-part kit (the
     * list's parts name it; no use rate is set: it does not run out by the day). The recipient reports the two fire
     * units it fielded before PURL. Rates, costs and counts are illustrative estimates, not reported figures.
     */
    private void catalogue(Organisation ukr) {
        CatalogueEntry fireUnit = entry("fire-unit", EntryKind.PLATFORM, "Patriot fire unit", "fire units",
                CapabilityCategory.AIR_AND_MISSILE_DEFENCE, "1000000000.00");
        CatalogueEntry pac3 = entry("pac3", EntryKind.CONSUMABLE, "Patriot PAC-3 MSE interceptor", "missiles",
                CapabilityCategory.AIR_AND_MISSILE_DEFENCE, "4000000.00");
        entry("patriot-parts", EntryKind.CONSUMABLE, "Patriot spare-part kit", "lots",
                CapabilityCategory.SPARE_PARTS_AND_SUSTAINMENT, "5000000.00");
        // one interceptor a day per fire unit at normal intensity, a quarter at low, three at high
        catalogue.setUse(fireUnit.id(), pac3.id(), new Catalogue.RatesInput("0.25", "1", "3"));
        sustainment.record(new Sustainment.NewReport("FIELDED", fireUnit.id(), 2L, LocalDate.now(clock),
                "fielded before PURL (illustrative)", null));
        // interceptors delivered before PURL, outside the ledger
        sustainment.record(new Sustainment.NewReport("STOCK", pac3.id(), 60L, LocalDate.now(clock),
                "deliveries before PURL (illustrative)", null));
    }

    private CatalogueEntry entry(String key, EntryKind kind, String name, String unit, CapabilityCategory category,
            String unitCostUsd) {
        CatalogueEntry entry = catalogue.add(new Catalogue.NewEntry(kind, name, unit, category.name(),
                new MoneyAmount(new BigDecimal(unitCostUsd), "USD")));
        entries.put(key, entry);
        return entry;
    }

    /**
     * The recipient's use of interceptors up to two days before today at normal intensity (two fire units, one a
     * day each), which leaves stock for about a fortnight: a warning on the dashboard. The proposal then asks for
     * what brings stock and on order up to the days of supply, in a new draft of the list. Illustrative figures.
     */
    private void sustainmentToday() {
        LocalDate today = LocalDate.now(clock);
        sustainment.record(new Sustainment.NewReport("USE", entries.get("pac3").id(), 60L, today.minusDays(2),
                "air defence reports (illustrative)", "fired since PURL deliveries began, normal intensity"));
        sustainment.propose(Intensity.NORMAL);
    }

    private static PackageItem take(Map<String, RequirementItem> items, String key, long quantity) {
        return new PackageItem(items.get(key).id(), quantity);
    }

    private Organisation state(String code, String name, Set<OrganisationKind> kinds, Membership... memberships) {
        return organisations.register(new Organisations.Registration(code, name, true, kinds, List.of(memberships)));
    }

    private static Set<OrganisationKind> contributor() {
        return Set.of(OrganisationKind.CONTRIBUTOR);
    }

    private static Membership nato(LocalDate from) {
        return new Membership(Alliance.NATO, from, null);
    }

    private static Membership eu(LocalDate from) {
        return new Membership(Alliance.EU, from, null);
    }
}
