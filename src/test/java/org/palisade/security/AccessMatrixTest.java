package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.testing.TestUsers.ADMIN;
import static org.palisade.testing.TestUsers.AUDITOR;
import static org.palisade.testing.TestUsers.CONTRIBUTOR_DEU;
import static org.palisade.testing.TestUsers.CONTRIBUTOR_NLD;
import static org.palisade.testing.TestUsers.COORDINATOR;
import static org.palisade.testing.TestUsers.PLANNER;
import static org.palisade.testing.TestUsers.SUPPLIER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.platform.RecordChanged;
import org.palisade.requirements.ListStatus;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.requirements.RequirementsFixture;
import org.palisade.sustainment.Catalogue;
import org.palisade.sustainment.CatalogueEntry;
import org.palisade.sustainment.EntryKind;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.RecordedRefusals;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every API endpoint against every role, including one nation reading or changing another's records by id.
 * Each attempt gets fresh records, so an allowed change never spoils the next attempt. An allowed attempt
 * must pass the access rules (whatever the business rules then say, e.g. 409 for a package not yet covered);
 * a refused one must answer the expected status, change nothing, and be logged as an access refusal.
 */
@PalisadeTest
class AccessMatrixTest {

    static final String VISITOR = "visitor";
    static final List<String> EVERYONE = List.of(VISITOR, PLANNER, COORDINATOR, SUPPLIER, CONTRIBUTOR_NLD,
            CONTRIBUTOR_DEU, AUDITOR, ADMIN);
    static final Set<String> SIGNED_IN = Set.of(PLANNER, COORDINATOR, SUPPLIER, CONTRIBUTOR_NLD, CONTRIBUTOR_DEU,
            AUDITOR, ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organisations organisations;
    @Autowired
    Packages packages;
    @Autowired
    Contributions contributions;
    @Autowired
    RecordedRefusals refusals;
    @Autowired
    Requirements requirements;
    @Autowired
    Catalogue catalogue;
    @Autowired
    org.palisade.sources.Sources sources;
    @Autowired
    org.palisade.sources.Claims claims;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
        fixtures.usdRates();
    }

    /** Records made afresh (as the system) for one attempt. */
    record World(UUID nato, UUID nld, UUID deu, UUID institution, AidPackage publicPackage,
            AidPackage confidentialPackage, Contribution nldPublic, Contribution nldCommitted,
            Contribution deuConfidential, Contribution deuCoalition, RequirementList draft) {

        UUID draftItem() {
            return draft.items().get(0).id();
        }
    }

    /**
     * The recipient's list as a draft with an item (there is one list per installation, which other tests also
     * move along: it is taken as found and brought back to a draft).
     */
    RequirementList draft() {
        // an attempt on a confidential list leaves the list confidential: it is coalition business again here
        jdbc.sql("update requirement_list set disclosure = 'COALITION' where status in ('DRAFT', 'SUBMITTED')")
                .update();
        RequirementList list = requirements.currentDraft().orElse(null);
        if (list == null) {
            list = requirements.startDraft(requirements.latestApproved().isPresent() ? null : id("UKR"));
        } else if (list.status() == ListStatus.SUBMITTED) {
            list = requirements.reopen(list.id(), null);
        }
        if (list.items().isEmpty()) {
            list = requirements.addItem(list.id(), RequirementsFixture.item("Interceptors"), null, null).list();
        }
        return list;
    }

    /** The recipient's list, submitted and awaiting every approval. */
    RequirementList submitted() {
        return requirements.submit(draft().id(), null);
    }

    World world() {
        UUID nato = id("NATO");
        UUID nld = id("NLD");
        UUID deu = id("DEU");
        UUID institution = organisations.register(new Organisations.Registration(uniqueCode(), "Test institution",
                false, Set.of(OrganisationKind.CONTRIBUTOR), List.of())).id();
        AidPackage publicPackage = packages.propose(new Packages.Proposal("Public package", Money.of("1000", "EUR"),
                nato, Disclosure.PUBLIC, List.of()));
        AidPackage confidentialPackage = packages.propose(new Packages.Proposal("Confidential package",
                Money.of("1000", "EUR"), nato, Disclosure.CONFIDENTIAL, List.of()));
        Contribution nldPublic = pledge(nld, "100", publicPackage.id(), Disclosure.PUBLIC);
        Contribution nldCommitted = pledge(nld, "80", publicPackage.id(), Disclosure.PUBLIC);
        nldCommitted = contributions.commit(nldCommitted.id(), Money.of("80", "EUR"), LocalDate.of(2025, 8, 10), null);
        Contribution deuConfidential = pledge(deu, "50", confidentialPackage.id(), Disclosure.CONFIDENTIAL);
        Contribution deuCoalition = pledge(deu, "30", null, Disclosure.COALITION);
        return new World(nato, nld, deu, institution, publicPackage, confidentialPackage, nldPublic, nldCommitted,
                deuConfidential, deuCoalition, draft());
    }

    private Contribution pledge(UUID contributor, String amount, UUID packageId, Disclosure disclosure) {
        return contributions.pledge(new Contributions.Pledge(List.of(contributor), Money.of(amount, "EUR"), packageId,
                null, disclosure, LocalDate.of(2025, 8, 5), null));
    }

    private UUID id(String code) {
        return organisations.byCode(code).map(Organisation::id).orElseThrow();
    }

    private static String uniqueCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 8; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    record Call(String method, String path, Object body, Map<String, String> headers) {
        static Call get(String path) {
            return new Call("GET", path, null, Map.of());
        }

        static Call post(String path, Object body) {
            return new Call("POST", path, body, Map.of());
        }

        static Call pledge(Object body) {
            return new Call("POST", "/api/v1/contributions", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        }
    }

    /**
     * An endpoint, who may use it, and what everyone else gets: 401 for visitors and 403 for signed-in users
     * unless {@code refusals} says otherwise (404 where the record is hidden from them).
     */
    record Endpoint(String name, Function<World, Call> call, Set<String> allowed, Map<String, Integer> refusals) {

        Endpoint(String name, Function<World, Call> call, Set<String> allowed) {
            this(name, call, allowed, Map.of());
        }

        int refusal(String user) {
            return refusals.getOrDefault(user, VISITOR.equals(user) ? 401 : 403);
        }
    }

    static Map<String, Integer> hiddenFrom(String... users) {
        Map<String, Integer> hidden = new HashMap<>();
        for (String user : users) {
            hidden.put(user, 404);
        }
        return hidden;
    }

    static Map<String, Object> pledgeBody(List<String> contributors, Disclosure disclosure) {
        return Map.of("contributors", contributors, "amount", Map.of("amount", "10", "currency", "EUR"),
                "disclosure", disclosure.name(), "announcedOn", "2025-08-05");
    }

    static Map<String, Object> withPackage(Map<String, Object> pledge, UUID packageId) {
        Map<String, Object> body = new HashMap<>(pledge);
        body.put("packageId", packageId.toString());
        return body;
    }

    static final String LISTS = "/api/v1/requirement-lists";

    /** A spreadsheet of one Dutch pledge to the general pool, different at every attempt (a file imports once). */
    static String importFile() {
        return "contributors,amount,currency,stage,date,disclosure\nNLD," + (1 + ThreadLocalRandom.current().nextInt(1_000_000))
                + ",EUR,pledged,2025-08-05,public\n";
    }

    static Map<String, Object> listItem(String description) {
        return new HashMap<>(Map.of("category", "AIR_AND_MISSILE_DEFENCE", "description", description, "quantity", 10,
                "unit", "interceptors", "unitCost", Map.of("amount", "4000000", "currency", "USD"),
                "neededBy", "2025-12-01"));
    }

    static Map<String, Object> withRank(Map<String, Object> item, int rank) {
        Map<String, Object> ranked = new HashMap<>(item);
        ranked.put("rank", rank);
        return ranked;
    }

    /** Submits the world's draft (for approvals and reopening) and returns its id. */
    private String submitted(World w) {
        return requirements.submit(w.draft().id(), null).id().toString();
    }

    /** Makes the world's list confidential: only its recipient, coordinators, suppliers and auditors read it. */
    private String confidential(String listId) {
        jdbc.sql("update requirement_list set disclosure = 'CONFIDENTIAL' where id = :id")
                .param("id", UUID.fromString(listId)).update();
        return listId;
    }

    /** A new catalogue entry (as the system), for an attempt that needs one. */
    private CatalogueEntry catalogued(EntryKind kind) {
        return catalogue.add(new Catalogue.NewEntry(kind, kind + " " + UUID.randomUUID(), "units",
                "AIR_AND_MISSILE_DEFENCE", new org.palisade.money.MoneyAmount(new java.math.BigDecimal("1000"), "USD")));
    }

    static final String SUSTAINMENT = "/api/v1/sustainment";

    static final String SOURCES = "/api/v1/sources";

    /** A public source, recorded as the system. */
    private UUID source() {
        return sources.record(new org.palisade.sources.SourceDraft(org.palisade.sources.SourceKind.NEWS_ARTICLE,
                "Reuters", "Allies fund a package", null, LocalDate.of(2025, 8, 5), "en", null, null));
    }

    static Map<String, Object> claimBody(UUID source, String amount) {
        return Map.of("sourceId", source.toString(), "amount", Map.of("amount", amount, "currency", "EUR"));
    }

    private org.palisade.sources.ClaimDraft claimDraft(String amount) {
        return new org.palisade.sources.ClaimDraft(source(), List.of(), Money.of(amount, "EUR"), null, null, null,
                null, null, null);
    }

    /** A claim about the contribution that is not the used one (the first claim is). */
    private UUID secondClaim(Contribution c) {
        claims.recordFor(c.id(), claimDraft("100"));
        return claims.recordFor(c.id(), claimDraft("100"));
    }

    /** An open conflict about the contribution: two claims 100 and 200 EUR. */
    private UUID conflict(Contribution c) {
        claims.recordFor(c.id(), claimDraft("100"));
        claims.recordFor(c.id(), claimDraft("200"));
        return jdbc.sql("select id from claim_conflict where contribution_id = :c and resolved_at is null")
                .param("c", c.id()).query(UUID.class).single();
    }

    static final String ARTICLES = "/api/v1/articles";

    /** An article of its own (a text never imported before), as a coordinator imports it. */
    static Map<String, Object> articleBody() {
        return Map.of("text", "Briefing " + UUID.randomUUID() + "\n\nThe Netherlands said on Monday it would pay EUR "
                + ThreadLocalRandom.current().nextInt(100, 999) + " million for Patriot missiles under PURL.",
                "outlet", "Reuters", "published", "2025-08-06", "language", "en");
    }

    /** A fresh imported article, by a coordinator through the API. */
    private tools.jackson.databind.JsonNode article() {
        Api.Response r = new Api(port).as(COORDINATOR).post(ARTICLES, articleBody());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** The waiting candidate of a fresh article. */
    private String candidate() {
        return article().path("candidates").get(0).path("id").asText();
    }

    static Map<String, Object> stage(String amount) {
        return Map.of("amount", Map.of("amount", amount, "currency", "EUR"), "date", "2025-09-01");
    }

    List<Endpoint> endpoints() {
        Set<String> all = Set.copyOf(EVERYONE);
        // confidential records: their contributors, coordinators and auditors (packages: also their owner's
        // organisation, here NATO, and suppliers, who deliver them)
        Set<String> seeConfidentialPackage = Set.of(COORDINATOR, SUPPLIER, CONTRIBUTOR_DEU, AUDITOR, ADMIN);
        Set<String> seeConfidentialContribution = Set.of(COORDINATOR, CONTRIBUTOR_DEU, AUDITOR);
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                new Endpoint("GET me", w -> Call.get("/api/v1/me"), all),
                new Endpoint("GET organisations", w -> Call.get("/api/v1/organisations"), all),
                new Endpoint("GET organisation", w -> Call.get("/api/v1/organisations/" + w.nld()), all),
                new Endpoint("GET exchange rates", w -> Call.get("/api/v1/exchange-rates"), all),
                new Endpoint("GET conversion", w -> Call.get(
                        "/api/v1/exchange-rates/convert?amount=10&from=USD&to=EUR&date=2025-08-05"), all),
                new Endpoint("GET packages", w -> Call.get("/api/v1/packages"), all),
                new Endpoint("GET public package", w -> Call.get("/api/v1/packages/" + w.publicPackage().id()), all),
                new Endpoint("GET confidential package",
                        w -> Call.get("/api/v1/packages/" + w.confidentialPackage().id()), seeConfidentialPackage,
                        hiddenFrom(VISITOR, PLANNER, CONTRIBUTOR_NLD)),
                new Endpoint("GET coverage of confidential package",
                        w -> Call.get("/api/v1/packages/" + w.confidentialPackage().id() + "/coverage"),
                        seeConfidentialPackage, hiddenFrom(VISITOR, PLANNER, CONTRIBUTOR_NLD)),
                // a shipment is seen by whoever may see its package
                new Endpoint("GET deliveries", w -> Call.get("/api/v1/deliveries"), all),
                new Endpoint("GET delivery lead times", w -> Call.get("/api/v1/deliveries/lead-times"), all),
                new Endpoint("GET shipments of public package",
                        w -> Call.get("/api/v1/packages/" + w.publicPackage().id() + "/shipments"), all),
                new Endpoint("GET shipments of confidential package",
                        w -> Call.get("/api/v1/packages/" + w.confidentialPackage().id() + "/shipments"),
                        seeConfidentialPackage, hiddenFrom(VISITOR, PLANNER, CONTRIBUTOR_NLD)),
                new Endpoint("GET contributions", w -> Call.get("/api/v1/contributions"), all),
                new Endpoint("GET public contribution", w -> Call.get("/api/v1/contributions/" + w.nldPublic().id()),
                        all),
                new Endpoint("GET coalition contribution",
                        w -> Call.get("/api/v1/contributions/" + w.deuCoalition().id()), SIGNED_IN,
                        hiddenFrom(VISITOR)),
                new Endpoint("GET another nation's confidential contribution",
                        w -> Call.get("/api/v1/contributions/" + w.deuConfidential().id()), seeConfidentialContribution,
                        hiddenFrom(VISITOR, PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("GET users", w -> Call.get("/api/v1/users"), Set.of(ADMIN)),

                new Endpoint("POST organisation", w -> Call.post("/api/v1/organisations", Map.of("code", uniqueCode(),
                        "name", "New institution", "state", false, "kinds", List.of("CONTRIBUTOR"))), Set.of(ADMIN)),
                new Endpoint("POST membership", w -> Call.post("/api/v1/organisations/" + w.institution()
                        + "/memberships", Map.of("alliance", "EU", "from", "2024-01-01")), Set.of(ADMIN)),
                new Endpoint("POST exchange rate", w -> Call.post("/api/v1/exchange-rates", Map.of("currency", "GBP",
                        "date", "2025-08-01", "unitsPerEur", "0.86")), Set.of(ADMIN, COORDINATOR)),
                new Endpoint("POST exchange rate import", w -> new Call("POST", "/api/v1/exchange-rates/import",
                        "date,currency,units_per_eur\n2025-08-01,GBP,0.86\n", Map.of("Content-Type", "text/csv")),
                        Set.of(ADMIN, COORDINATOR)),
                new Endpoint("POST package", w -> Call.post("/api/v1/packages", Map.of("name", "New package",
                        "target", Map.of("amount", "1000", "currency", "EUR"), "owner", "NATO")), Set.of(COORDINATOR)),
                new Endpoint("POST package in another organisation's name", w -> Call.post("/api/v1/packages",
                        Map.of("name", "New package", "target", Map.of("amount", "1000", "currency", "EUR"),
                                "owner", "UKR")), Set.of()),
                new Endpoint("POST package items", w -> Call.post("/api/v1/packages/" + w.publicPackage().id()
                        + "/items", Map.of("items", List.of(Map.of("item", w.draftItem(), "quantity", 1)))),
                        Set.of(COORDINATOR))));
        for (String action : List.of("open", "fund", "cancel")) {
            endpoints.add(new Endpoint("POST package " + action,
                    w -> Call.post("/api/v1/packages/" + w.publicPackage().id() + "/" + action, null),
                    Set.of(COORDINATOR)));
        }
        // delivering and delivered follow the package's deliveries (see deliveries.DeliveriesIT)
        endpoints.add(new Endpoint("POST package contract",
                w -> Call.post("/api/v1/packages/" + w.publicPackage().id() + "/contract", null), Set.of(SUPPLIER)));
        endpoints.addAll(List.of(
                new Endpoint("POST cancel of a confidential package",
                        w -> Call.post("/api/v1/packages/" + w.confidentialPackage().id() + "/cancel", null),
                        Set.of(COORDINATOR), hiddenFrom(PLANNER, CONTRIBUTOR_NLD)),
                new Endpoint("POST pledge of the Netherlands",
                        w -> Call.pledge(pledgeBody(List.of("NLD"), Disclosure.PUBLIC)), Set.of(CONTRIBUTOR_NLD)),
                new Endpoint("POST joint pledge of Germany and the Netherlands",
                        w -> Call.pledge(pledgeBody(List.of("DEU", "NLD"), Disclosure.CONFIDENTIAL)),
                        Set.of(CONTRIBUTOR_NLD, CONTRIBUTOR_DEU)),
                new Endpoint("POST commit of a Dutch contribution",
                        w -> Call.post("/api/v1/contributions/" + w.nldPublic().id() + "/commit", stage("50")),
                        Set.of(CONTRIBUTOR_NLD)),
                new Endpoint("POST pay of a Dutch contribution",
                        w -> Call.post("/api/v1/contributions/" + w.nldCommitted().id() + "/pay", stage("80")),
                        Set.of(CONTRIBUTOR_NLD)),
                new Endpoint("POST commit of a German confidential contribution",
                        w -> Call.post("/api/v1/contributions/" + w.deuConfidential().id() + "/commit", stage("50")),
                        Set.of(CONTRIBUTOR_DEU), hiddenFrom(PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("POST user", w -> Call.post("/api/v1/users", Map.of("username", "u" + uniqueCode(),
                        "password", "a long enough password", "organisationCode", "NLD",
                        "roles", List.of("CONTRIBUTOR"))), Set.of(ADMIN)),

                new Endpoint("GET imports", w -> Call.get("/api/v1/imports"), Set.of(COORDINATOR, AUDITOR)),
                new Endpoint("GET import template", w -> Call.get("/api/v1/imports/template.csv"), all),
                new Endpoint("POST import dry run", w -> new Call("POST", "/api/v1/imports/dry-run", importFile(),
                        Map.of("Content-Type", "text/csv")), Set.of(COORDINATOR)),
                new Endpoint("POST import", w -> new Call("POST", "/api/v1/imports?wait=true", importFile(),
                        Map.of("Content-Type", "text/csv")), Set.of(COORDINATOR)),

                new Endpoint("GET figures totals", w -> Call.get("/api/v1/figures/totals"), all),
                new Endpoint("GET figures by contributor", w -> Call.get("/api/v1/figures/by-contributor"), all),
                new Endpoint("GET figures by category", w -> Call.get("/api/v1/figures/by-category"), all),
                new Endpoint("GET figures by year", w -> Call.get("/api/v1/figures/by-year"), all),
                new Endpoint("GET audit verification", w -> Call.get("/api/v1/audit/verification"),
                        Set.of(ADMIN, AUDITOR)),
                new Endpoint("GET audit history of a public contribution",
                        w -> Call.get("/api/v1/audit/records/contribution/" + w.nldPublic().id()), all),
                new Endpoint("GET audit history of another nation's confidential contribution",
                        w -> Call.get("/api/v1/audit/records/contribution/" + w.deuConfidential().id()),
                        seeConfidentialContribution, hiddenFrom(VISITOR, PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("GET audit history of a confidential package",
                        w -> Call.get("/api/v1/audit/records/package/" + w.confidentialPackage().id()),
                        seeConfidentialPackage, hiddenFrom(VISITOR, PLANNER, CONTRIBUTOR_NLD)),

                // the recipient's list is coalition business: visitors do not see it
                new Endpoint("GET requirement lists", w -> Call.get(LISTS), all),
                new Endpoint("GET requirement list draft", w -> Call.get(LISTS + "/" + w.draft().id()), SIGNED_IN,
                        hiddenFrom(VISITOR)),
                new Endpoint("GET current requirement list draft", w -> Call.get(LISTS + "/current-draft"),
                        SIGNED_IN, hiddenFrom(VISITOR)),
                new Endpoint("POST requirement list draft", w -> Call.post(LISTS, Map.of("recipient", "UKR")),
                        Set.of(PLANNER)),
                new Endpoint("POST requirement item", w -> Call.post(LISTS + "/" + w.draft().id() + "/items",
                        listItem("Counter-drone jammers")), Set.of(PLANNER)),
                new Endpoint("PUT requirement item", w -> new Call("PUT", LISTS + "/" + w.draft().id() + "/items/"
                        + w.draftItem(), listItem("Interceptors, reworded"), Map.of()), Set.of(PLANNER)),
                new Endpoint("DELETE requirement item", w -> new Call("DELETE", LISTS + "/" + w.draft().id()
                        + "/items/" + w.draftItem(), null, Map.of()), Set.of(PLANNER)),
                new Endpoint("POST requirement item move", w -> Call.post(LISTS + "/" + w.draft().id() + "/items/"
                        + w.draftItem() + "/move", Map.of("rank", 1)), Set.of(PLANNER)),
                new Endpoint("PUT requirement items", w -> new Call("PUT", LISTS + "/" + w.draft().id() + "/items",
                        Map.of("items", List.of(withRank(listItem("Only item"), 1))), Map.of()), Set.of(PLANNER)),
                new Endpoint("POST requirement list submit", w -> Call.post(LISTS + "/" + w.draft().id() + "/submit",
                        null), Set.of(PLANNER)),
                new Endpoint("POST requirement list reopen", w -> Call.post(LISTS + "/" + submitted(w) + "/reopen",
                        null), Set.of(PLANNER)),
                new Endpoint("POST approval as the recipient", w -> Call.post(LISTS + "/" + submitted(w)
                        + "/approve", Map.of("party", "RECIPIENT", "organisation", "UKR")), Set.of(PLANNER)),
                new Endpoint("POST approval as the coordinator", w -> Call.post(LISTS + "/" + submitted(w)
                        + "/approve", Map.of("party", "COORDINATOR", "organisation", "NATO")), Set.of(COORDINATOR)),
                new Endpoint("POST approval as the supplier", w -> Call.post(LISTS + "/" + submitted(w)
                        + "/approve", Map.of("party", "SUPPLIER", "organisation", "USA")), Set.of(SUPPLIER)),

                // a list one may not read is not there for them: 404 as for an unknown id, whatever the change
                new Endpoint("POST pledge to an unknown package", w -> Call.pledge(withPackage(
                        pledgeBody(List.of("NLD"), Disclosure.PUBLIC), UUID.randomUUID())), Set.of(),
                        Map.of(CONTRIBUTOR_NLD, 422)),
                new Endpoint("POST pledge to a confidential package one may not see", w -> Call.pledge(withPackage(
                        pledgeBody(List.of("NLD"), Disclosure.PUBLIC), w.confidentialPackage().id())), Set.of(),
                        Map.of(CONTRIBUTOR_NLD, 422)),
                new Endpoint("POST requirement item to a confidential list", w -> Call.post(LISTS + "/"
                        + confidential(w.draft().id().toString()) + "/items", listItem("Counter-drone jammers")),
                        Set.of(PLANNER), hiddenFrom(CONTRIBUTOR_NLD, CONTRIBUTOR_DEU, ADMIN)),
                new Endpoint("POST requirement list submit of a confidential list", w -> Call.post(LISTS + "/"
                        + confidential(w.draft().id().toString()) + "/submit", null), Set.of(PLANNER),
                        hiddenFrom(CONTRIBUTOR_NLD, CONTRIBUTOR_DEU, ADMIN)),
                new Endpoint("POST approval of a confidential list as the coordinator", w -> Call.post(LISTS + "/"
                        + confidential(submitted(w)) + "/approve", Map.of("party", "COORDINATOR", "organisation",
                        "NATO")), Set.of(COORDINATOR), hiddenFrom(CONTRIBUTOR_NLD, CONTRIBUTOR_DEU, ADMIN)),
                // stock, use and fielded systems: the recipient, coordinators, suppliers and auditors only
                new Endpoint("GET sustainment", w -> Call.get(SUSTAINMENT + "?intensity=HIGH"),
                        Set.of(PLANNER, COORDINATOR, SUPPLIER, AUDITOR)),
                new Endpoint("GET systems catalogue", w -> Call.get(SUSTAINMENT + "/catalogue"), SIGNED_IN),
                new Endpoint("POST catalogue entry", w -> Call.post(SUSTAINMENT + "/catalogue", Map.of("kind",
                        "CONSUMABLE", "name", "Entry " + UUID.randomUUID(), "unit", "kits", "category", "OTHER",
                        "unitCost", Map.of("amount", "100", "currency", "USD"))), Set.of(COORDINATOR, ADMIN)),
                new Endpoint("PUT consumable use", w -> new Call("PUT", SUSTAINMENT + "/catalogue/"
                        + catalogued(EntryKind.PLATFORM).id() + "/uses/" + catalogued(EntryKind.CONSUMABLE).id(),
                        Map.of("low", "0.5", "normal", "1", "high", "2"), Map.of()), Set.of(COORDINATOR, ADMIN)),
                new Endpoint("POST sustainment report", w -> Call.post(SUSTAINMENT + "/reports", Map.of("kind", "USE",
                        "entry", catalogued(EntryKind.CONSUMABLE).id().toString(), "quantity", 1, "on", "2025-10-01")),
                        Set.of(PLANNER)),
                new Endpoint("POST sustainment report upload", w -> new Call("POST", SUSTAINMENT + "/reports/import",
                        "date,kind,entry,quantity,source,note\n2025-10-01,USE," + catalogued(EntryKind.CONSUMABLE).name()
                                + ",1,,\n", Map.of("Content-Type", "text/csv")), Set.of(PLANNER)),
                new Endpoint("POST sustainment proposal", w -> Call.post(SUSTAINMENT + "/proposals",
                        Map.of("intensity", "LOW")), Set.of(PLANNER)),

                // who may approve is asked before the list's rules: a draft cannot be approved (409), but only
                // the coordinator learns that
                new Endpoint("POST approval of a draft as the coordinator", w -> Call.post(LISTS + "/"
                        + w.draft().id() + "/approve", Map.of("party", "COORDINATOR", "organisation", "NATO")),
                        Set.of(COORDINATOR))));
        Set<String> documenters = Set.of(COORDINATOR, ADMIN);
        endpoints.addAll(List.of(
                new Endpoint("GET sources", w -> Call.get(SOURCES), all),
                new Endpoint("GET public source", w -> Call.get(SOURCES + "/" + source()), all),
                new Endpoint("POST source", w -> Call.post(SOURCES, Map.of("kind", "NEWS_ARTICLE", "outlet", "Reuters",
                        "title", "Allies fund a package")), Set.of(COORDINATOR, ADMIN, CONTRIBUTOR_NLD, CONTRIBUTOR_DEU)),
                new Endpoint("GET claims of a public contribution",
                        w -> Call.get("/api/v1/contributions/" + w.nldPublic().id() + "/claims"), all),
                new Endpoint("GET claims of another nation's confidential contribution",
                        w -> Call.get("/api/v1/contributions/" + w.deuConfidential().id() + "/claims"),
                        seeConfidentialContribution, hiddenFrom(VISITOR, PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("GET claims of a confidential package",
                        w -> Call.get("/api/v1/packages/" + w.confidentialPackage().id() + "/claims"),
                        seeConfidentialPackage, hiddenFrom(VISITOR, PLANNER, CONTRIBUTOR_NLD)),
                new Endpoint("GET claim about a public contribution",
                        w -> Call.get("/api/v1/claims/" + secondClaim(w.nldPublic())), all),
                new Endpoint("GET claim about another nation's confidential contribution",
                        w -> Call.get("/api/v1/claims/" + secondClaim(w.deuConfidential())),
                        seeConfidentialContribution, hiddenFrom(VISITOR, PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("GET open conflicts", w -> Call.get("/api/v1/claims/conflicts"), all),
                new Endpoint("GET conflict about another nation's confidential contribution",
                        w -> Call.get("/api/v1/claims/conflicts/" + conflict(w.deuConfidential())),
                        seeConfidentialContribution, hiddenFrom(VISITOR, PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("POST claim about a Dutch contribution",
                        w -> Call.post("/api/v1/contributions/" + w.nldPublic().id() + "/claims",
                                claimBody(source(), "100")), Set.of(COORDINATOR, ADMIN, CONTRIBUTOR_NLD)),
                new Endpoint("POST claim about a German confidential contribution",
                        w -> Call.post("/api/v1/contributions/" + w.deuConfidential().id() + "/claims",
                                claimBody(source(), "50")), Set.of(COORDINATOR, CONTRIBUTOR_DEU),
                        hiddenFrom(PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                new Endpoint("POST claim about a package",
                        w -> Call.post("/api/v1/packages/" + w.publicPackage().id() + "/claims",
                                claimBody(source(), "1000")), documenters),
                new Endpoint("POST use of a claim",
                        w -> Call.post("/api/v1/claims/" + secondClaim(w.nldPublic()) + "/use",
                                Map.of("reason", "the ministry's figure")), documenters),
                new Endpoint("POST use of a claim about a confidential contribution",
                        w -> Call.post("/api/v1/claims/" + secondClaim(w.deuConfidential()) + "/use",
                                Map.of("reason", "the ministry's figure")), Set.of(COORDINATOR),
                        hiddenFrom(PLANNER, SUPPLIER, CONTRIBUTOR_NLD, ADMIN)),
                // the review of articles: reviewers import and decide, auditors read too; only coordinators
                // record a new pledge from an article, and a record the reviewer may not see cannot be chosen
                new Endpoint("GET article review queue", w -> Call.get(ARTICLES), Set.of(COORDINATOR, ADMIN, AUDITOR)),
                new Endpoint("GET an imported article", w -> Call.get(ARTICLES + "/" + article().path("id").asText()),
                        Set.of(COORDINATOR, ADMIN, AUDITOR)),
                new Endpoint("POST article import", w -> Call.post(ARTICLES, articleBody()), documenters),
                new Endpoint("POST accept of a candidate as a new contribution", w -> Call.post("/api/v1/candidates/"
                        + candidate() + "/accept", Map.of("as", "NEW_CONTRIBUTION")), Set.of(COORDINATOR)),
                new Endpoint("POST accept of a candidate onto a Dutch contribution", w -> Call.post("/api/v1/candidates/"
                        + candidate() + "/accept", Map.of("as", "CONTRIBUTION", "recordId", w.nldPublic().id().toString())),
                        documenters),
                new Endpoint("POST accept of a candidate onto a German confidential contribution",
                        w -> Call.post("/api/v1/candidates/" + candidate() + "/accept", Map.of("as", "CONTRIBUTION",
                                "recordId", w.deuConfidential().id().toString())), Set.of(COORDINATOR),
                        Map.of(ADMIN, 422)),
                new Endpoint("POST reject of a candidate", w -> Call.post("/api/v1/candidates/" + candidate() + "/reject",
                        Map.of("reason", "a price, not a pledge")), documenters),
                new Endpoint("POST resolve of a conflict",
                        w -> Call.post("/api/v1/claims/conflicts/" + conflict(w.nldPublic()) + "/resolve",
                                Map.of("decision", "KEEP_USED", "reason", "the ministry's figure")), documenters)));
        return endpoints;
    }

    @Test
    void aNationChangingAnothersContributionIsRefusedAndTheAttemptIsInTheAuditTrail() {
        World world = world();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc).withoutAudit();

        Api.Response refused = new Api(port).as(CONTRIBUTOR_DEU)
                .post("/api/v1/contributions/" + world.nldPublic().id() + "/commit", stage("50"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("only contributors of the organisation concerned may commit a contribution");
        assertThat(DatabaseSnapshot.take(jdbc).withoutAudit()).isEqualTo(before);
        Map<String, Object> entry = jdbc.sql("""
                        select actor, action, owner_organisation_id, reason from audit_entry
                        where record_type = 'contribution' and record_id = :id order by occurred_at desc limit 1""")
                .param("id", world.nldPublic().id()).query().singleRow();
        assertThat(entry.get("actor")).isEqualTo(CONTRIBUTOR_DEU);
        assertThat(entry.get("action")).isEqualTo(AccessPolicy.REFUSED);
        assertThat(entry.get("owner_organisation_id")).isEqualTo(world.nld());
        assertThat((String) entry.get("reason")).contains("contributors");
        assertThat(contributions.get(world.nldPublic().id()).stage().name()).isEqualTo("PLEDGED");
    }

    @Test
    void pledgingToAPackageOneMayNotSeeAnswersAsForAnUnknownPackage() {
        World world = world();
        UUID unknown = UUID.randomUUID();
        Api nld = new Api(port).as(CONTRIBUTOR_NLD);

        Api.Response toUnknown = nld.send("POST", "/api/v1/contributions",
                withPackage(pledgeBody(List.of("NLD"), Disclosure.PUBLIC), unknown),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        Api.Response toHidden = nld.send("POST", "/api/v1/contributions",
                withPackage(pledgeBody(List.of("NLD"), Disclosure.PUBLIC), world.confidentialPackage().id()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(toHidden.status()).isEqualTo(toUnknown.status()).isEqualTo(422);
        assertThat(toHidden.json().path("errors").toString().replace(world.confidentialPackage().id().toString(), "ID"))
                .isEqualTo(toUnknown.json().path("errors").toString().replace(unknown.toString(), "ID"));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryRole() {
        return endpoints().stream().flatMap(endpoint -> EVERYONE.stream().map(user -> DynamicTest.dynamicTest(
                endpoint.name() + " as " + user, () -> attempt(endpoint, user))));
    }

    private World forReads;

    private void attempt(Endpoint endpoint, String user) {
        // reads change nothing, so they share one set of records; every change gets its own
        boolean read = endpoint.name().startsWith("GET");
        if (forReads == null || !read) {
            forReads = read ? world() : null;
        }
        World world = read ? forReads : world();
        Call call = endpoint.call().apply(world);
        Api api = VISITOR.equals(user) ? new Api(port) : new Api(port).as(user);
        boolean allowed = endpoint.allowed().contains(user);
        DatabaseSnapshot before = allowed ? null : DatabaseSnapshot.take(jdbc).withoutAudit();
        int heard = refusals.count();

        Api.Response response = api.send(call.method(), call.path(), call.body(), call.headers());

        if (allowed) {
            assertThat(response.status()).as("%s as %s: %s", endpoint.name(), user, response)
                    .isNotIn(401, 403, 404).isLessThan(500);
            return;
        }
        int expected = endpoint.refusal(user);
        assertThat(response.status()).as("%s as %s: %s", endpoint.name(), user, response).isEqualTo(expected);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(DatabaseSnapshot.take(jdbc).withoutAudit()).as("nothing changed").isEqualTo(before);
        // a 422 is the answer a record unknown to the caller gets too: nothing to log as an access refusal
        if ((!VISITOR.equals(user) && expected != 422) || expected == 404) {
            List<RecordChanged> logged = refusals.since(heard, VISITOR.equals(user) ? "anonymous" : user);
            assertThat(logged).as("%s as %s is logged as an access refusal", endpoint.name(), user).isNotEmpty();
        }
    }
}
