package org.palisade.sustainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.requirements.RequirementItem;
import org.palisade.sustainment.SustainmentFixture.Systems;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The rules of sustainment, through the API on the real database. */
@PalisadeTest
class SustainmentIT {

    static final String API = "/api/v1/sustainment";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SustainmentFixture fixture;
    Api planner;
    Api supplier;

    @BeforeEach
    void setUp() {
        new TestUsers(jdbc).seed();
        planner = new Api(port).as(TestUsers.PLANNER);
        supplier = new Api(port).as(TestUsers.SUPPLIER);
    }

    private Api.Response report(String kind, CatalogueEntry entry, long quantity, String source) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "entry", entry.id().toString(),
                "quantity", quantity, "on", LocalDate.now().minusDays(1).toString()));
        if (source != null) {
            body.put("source", source);
        }
        return planner.post(API + "/reports", body);
    }

    private JsonNode line(JsonNode overview, CatalogueEntry entry) {
        for (JsonNode c : overview.path("consumables")) {
            if (c.path("id").asText().equals(entry.id().toString())) {
                return c;
            }
        }
        throw new AssertionError(entry.name() + " not in " + overview);
    }

    private JsonNode fielded(JsonNode overview, CatalogueEntry entry) {
        for (JsonNode f : overview.path("fielded")) {
            if (f.path("id").asText().equals(entry.id().toString())) {
                return f;
            }
        }
        throw new AssertionError(entry.name() + " not fielded in " + overview);
    }

    private int position(JsonNode overview, CatalogueEntry entry) {
        int i = 0;
        for (JsonNode c : overview.path("consumables")) {
            if (c.path("id").asText().equals(entry.id().toString())) {
                return i;
            }
            i++;
        }
        return -1;
    }

    @Test
    void stockIsConfirmedDeliveriesPlusOutsideStockLessUseAndLossesAndUseFollowsTheFieldedPlatforms() {
        Systems s = fixture.delivered();
        assertThat(report("STOCK", s.interceptor(), 12, "national programme").status()).isEqualTo(201);
        assertThat(report("USE", s.interceptor(), 7, null).status()).isEqualTo(201);
        assertThat(report("LOSS", s.interceptor(), 2, null).status()).isEqualTo(201);
        assertThat(report("FIELDED", s.fireUnit(), 1, "national programme").status()).isEqualTo(201);

        JsonNode normal = supplier.get(API + "?intensity=NORMAL").json();
        JsonNode f = fielded(normal, s.fireUnit());
        assertThat(f.path("fielded").asLong()).isEqualTo(2);
        assertThat(f.path("delivered").asLong()).isEqualTo(1);
        JsonNode i = line(normal, s.interceptor());
        assertThat(i.path("stock").asLong()).isEqualTo(30 + 12 - 7 - 2);
        assertThat(i.path("delivered").asLong()).isEqualTo(30);
        // 2 fire units × 1.5 a day
        assertThat(i.path("usePerDay").asText()).isEqualTo("3");
        assertThat(i.path("daysOfSupply").asLong()).isEqualTo(11);
        // the last stock report is the day of receipt (today), later than the reports of yesterday
        assertThat(i.path("lastReport").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(i.path("runOut").asText()).isEqualTo(LocalDate.now().plusDays(11).toString());
        assertThat(i.path("onOrder").asLong()).isEqualTo(10);

        JsonNode high = supplier.get(API + "?intensity=HIGH").json();
        assertThat(line(high, s.interceptor()).path("usePerDay").asText()).isEqualTo("8");
        assertThat(line(high, s.interceptor()).path("daysOfSupply").asLong()).isEqualTo(4);
    }

    @Test
    void consumablesAreRankedByRunOutDateSoonestFirstAndThoseNothingUsesLast() {
        Systems s = fixture.delivered();
        CatalogueEntry shells = fixture.entry(EntryKind.CONSUMABLE, "Shells", "rounds");
        CatalogueEntry kits = fixture.entry(EntryKind.CONSUMABLE, "Spare-part kits", "kits");
        fixture.use(s.fireUnit(), shells, "0", "0.1", "0.2");
        fixture.use(s.fireUnit(), kits, "0", "0", "1");
        report("STOCK", shells, 5, "national programme");

        JsonNode normal = supplier.get(API).json();
        assertThat(normal.path("intensity").asText()).isEqualTo("NORMAL");
        // shells: 5 at 0.1 a day last 50 days; interceptors 30 at 1.5 a day, 20
        assertThat(position(normal, s.interceptor())).isLessThan(position(normal, shells));
        JsonNode idle = line(normal, kits);
        assertThat(idle.path("consumed").asBoolean()).isFalse();
        assertThat(idle.path("daysOfSupply").isNull() || idle.path("daysOfSupply").isMissingNode()).isTrue();
        assertThat(idle.path("runOut").isNull() || idle.path("runOut").isMissingNode()).isTrue();
        assertThat(position(normal, kits)).isGreaterThan(position(normal, shells));
        // every consumable used comes before every one not used
        boolean idleSeen = false;
        for (JsonNode c : normal.path("consumables")) {
            idleSeen |= !c.path("consumed").asBoolean();
            assertThat(idleSeen && c.path("consumed").asBoolean()).as(c.toString()).isFalse();
        }
        // at high intensity the kits are used and dated
        assertThat(line(supplier.get(API + "?intensity=HIGH").json(), kits).path("consumed").asBoolean()).isTrue();
    }

    @Test
    void onOrderIsWhatFundedOrContractedPackagesHoldAndIsNotYetConfirmed() {
        Systems s = fixture.delivered();
        JsonNode before = supplier.get(API).json();
        assertThat(line(before, s.interceptor()).path("onOrder").asLong()).isEqualTo(10);
        // a second package, contracted, adds its whole quantity
        fixture.contracted(Map.of(s.interceptor(), 25L));
        assertThat(line(supplier.get(API).json(), s.interceptor()).path("onOrder").asLong()).isEqualTo(35);
    }

    @Test
    void aProposalFillsTheGapUpToTheDaysOfSupplyAndNothingIsProposedTwice() {
        Systems s = fixture.delivered();
        CatalogueEntry kits = fixture.entry(EntryKind.CONSUMABLE, "Spare-part kits", "kits");
        fixture.use(s.fireUnit(), kits, "0", "0.1", "0.2");
        report("STOCK", kits, 20, "national programme");

        Api.Response first = planner.post(API + "/proposals", Map.of("intensity", "NORMAL"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        // 90 days × 1.5 a day = 135; 30 on hand + 10 on order
        List<RequirementItem> proposed = fixture.inDraft(s.interceptor());
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).quantity().value()).isEqualTo(135 - 30 - 10);
        assertThat(proposed.get(0).quantity().unit()).isEqualTo("interceptors");
        // kits: 90 × 0.1 = 9, covered by 20 in stock
        assertThat(fixture.inDraft(kits)).isEmpty();
        assertThat(first.body()).contains("\"reason\":\"COVERED\"");

        Api.Response second = planner.post(API + "/proposals", Map.of("intensity", "HIGH"));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(fixture.inDraft(s.interceptor())).hasSize(1);
        assertThat(second.json().path("proposed").toString()).doesNotContain(s.interceptor().id().toString());
        // the audit trail has the item added by the planner through the requirements use case
        Integer added = jdbc.sql("""
                select count(*) from audit_entry where record_type = 'requirement-list' and action = 'item-added'
                and actor = :actor and after::text like :name""")
                .param("actor", TestUsers.PLANNER).param("name", "%" + s.interceptor().name() + "%")
                .query(Integer.class).single();
        assertThat(added).isPositive();
    }

    @Test
    void twoProposalsAtTheSameMomentDoNotDouble() throws Exception {
        Systems s = fixture.delivered();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return planner.post(API + "/proposals", Map.of("intensity", "NORMAL"));
            }));
        }
        start.countDown();
        for (Future<Api.Response> a : answers) {
            assertThat(a.get().status()).as(a.get().body()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(fixture.inDraft(s.interceptor())).hasSize(1);
    }

    @Test
    void aCsvUploadRecordsEveryRowOrNoneAndNamesEachProblemByRowAndColumn() {
        Systems s = fixture.delivered();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String bad = "date,kind,entry,quantity,source,note\n"
                + yesterday + ",USE," + s.interceptor().name() + ",3,,\n"
                + yesterday + ",USE,No such thing,-1,,\n"
                + "2025-13-01,FIELDED," + s.fireUnit().name() + ",1,,\n";
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc).withoutAudit();
        Api.Response refused = planner.send("POST", API + "/reports/import", bad, Map.of("Content-Type", "text/csv"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFields()).contains("rows[3].entry", "rows[3].quantity", "rows[4].date", "rows[4].source");
        assertThat(DatabaseSnapshot.take(jdbc).withoutAudit()).isEqualTo(before);

        String good = "date,kind,entry,quantity,source,note\n"
                + yesterday + ",USE," + s.interceptor().name() + ",3,,first salvo\n"
                + yesterday + ",LOSS,\"" + s.interceptor().name() + "\",1,,\"damaged, written off\"\n";
        Api.Response imported = planner.send("POST", API + "/reports/import", good, Map.of("Content-Type", "text/csv"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("reports").asInt()).isEqualTo(2);
        assertThat(line(supplier.get(API).json(), s.interceptor()).path("stock").asLong()).isEqualTo(26);
    }

    @Test
    void stockUseAndFieldedSystemsAreSeenByTheRecipientCoordinatorsSuppliersAndAuditorsOnly() {
        for (String user : List.of(TestUsers.PLANNER, TestUsers.COORDINATOR, TestUsers.SUPPLIER, TestUsers.AUDITOR)) {
            assertThat(new Api(port).as(user).get(API).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of(TestUsers.CONTRIBUTOR_NLD, TestUsers.CONTRIBUTOR_DEU, TestUsers.ADMIN)) {
            assertThat(new Api(port).as(user).get(API).status()).as(user).isEqualTo(403);
        }
        assertThat(new Api(port).get(API).status()).isEqualTo(401);
    }

    @Autowired
    Sustainment sustainment;

    @Test
    void theDashboardWarnsThoseWhoMaySeeStockOfWhatRunsOutSoonAndNobodyElse() {
        Systems s = fixture.delivered();
        // 30 interceptors at 1.5 a day: 20 days, within the 30 days warned about
        var supplierView = new org.palisade.security.Viewer(java.util.UUID.randomUUID(),
                java.util.Set.of(org.palisade.security.Role.SUPPLIER), false);
        assertThat(sustainment.warnings(supplierView)).anySatisfy(w -> {
            assertThat(w.consumable().id()).isEqualTo(s.interceptor().id());
            assertThat(w.outlook().runOut()).contains(LocalDate.now().plusDays(20));
        });
        var contributorView = new org.palisade.security.Viewer(java.util.UUID.randomUUID(),
                java.util.Set.of(org.palisade.security.Role.CONTRIBUTOR), false);
        assertThat(sustainment.warnings(contributorView)).isEmpty();
        assertThat(sustainment.warnings(org.palisade.security.Viewer.ANONYMOUS)).isEmpty();
    }

    @Test
    void ratesMustRiseWithIntensityAndReportsMustFitTheirEntry() {
        Systems s = fixture.delivered();
        Api coordinator = new Api(port).as(TestUsers.COORDINATOR);
        Api.Response refused = coordinator.put(API + "/catalogue/" + s.fireUnit().id() + "/uses/" + s.interceptor().id(),
                Map.of("low", "2", "normal", "1", "high", "3"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("normal");
        Api.Response negative = coordinator.put(API + "/catalogue/" + s.fireUnit().id() + "/uses/" + s.interceptor().id(),
                Map.of("low", "-1", "normal", "1", "high", "3"));
        assertThat(negative.errorFields()).containsExactly("low");

        Api.Response useOfAPlatform = report("USE", s.fireUnit(), 1, null);
        assertThat(useOfAPlatform.status()).isEqualTo(422);
        assertThat(useOfAPlatform.errorFields()).containsExactly("kind");
        Api.Response noSource = report("STOCK", s.interceptor(), 1, null);
        assertThat(noSource.errorFields()).containsExactly("source");
    }
}
