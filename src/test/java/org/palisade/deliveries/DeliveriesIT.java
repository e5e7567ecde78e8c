package org.palisade.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.deliveries.ContractedPackages.Contracted;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The rules of deliveries, through the API on the real database. */
@PalisadeTest
class DeliveriesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContractedPackages contracted;
    Api supplier;
    Api planner;
    Api coordinator;

    @BeforeEach
    void setUp() {
        new TestUsers(jdbc).seed();
        supplier = new Api(port).as(TestUsers.SUPPLIER);
        planner = new Api(port).as(TestUsers.PLANNER);
        coordinator = new Api(port).as(TestUsers.COORDINATOR);
    }

    private static Map<String, Object> shipment(Map<UUID, Long> items, Map<String, String> reached) {
        Map<String, Object> body = new HashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        items.forEach((item, quantity) -> lines.add(Map.of("item", item.toString(), "quantity", quantity)));
        body.put("items", lines);
        body.put("reached", reached);
        return body;
    }

    private static final Map<String, String> HANDED_OVER = Map.of("shipped", "2025-09-02", "atHub", "2025-09-10",
            "handedOver", "2025-09-15");

    private Api.Response record(Api who, UUID packageId, Map<UUID, Long> items, Map<String, String> reached) {
        return who.post("/api/v1/packages/" + packageId + "/shipments", shipment(items, reached));
    }

    private String status(UUID packageId) {
        return coordinator.get("/api/v1/packages/" + packageId).json().path("status").asText();
    }

    @Test
    void thePackageStartsDeliveringWithItsFirstHandoverAndIsDeliveredWhenEverythingIsConfirmed() {
        Contracted c = contracted.contracted(10, "PAC-3 MSE", "Patriot spare parts");
        var first = record(supplier, c.pkg().id(), Map.of(c.item(0), 10L, c.item(1), 4L), Map.of("shipped", "2025-09-02"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(status(c.pkg().id())).isEqualTo("CONTRACTED");

        String firstId = first.json().path("id").asText();
        var handed = supplier.post("/api/v1/shipments/" + firstId + "/milestones",
                Map.of("reached", Map.of("atHub", "2025-09-10", "handedOver", "2025-09-15")));
        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        assertThat(status(c.pkg().id())).isEqualTo("DELIVERING");

        var second = record(supplier, c.pkg().id(), Map.of(c.item(1), 6L), HANDED_OVER);
        assertThat(planner.post("/api/v1/shipments/" + firstId + "/confirm", null).status()).isEqualTo(200);
        // confirmed: 10 + 4; the second shipment is handed over but not yet confirmed
        assertThat(status(c.pkg().id())).isEqualTo("DELIVERING");
        var confirmed = planner.post("/api/v1/shipments/" + second.json().path("id").asText() + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(status(c.pkg().id())).isEqualTo("DELIVERED");

        JsonNode timeline = coordinator.get("/api/v1/packages/" + c.pkg().id()).json().path("timeline");
        assertThat(timeline.toString()).contains("shipment " + first.json().path("number").asInt() + " handed over");
        JsonNode lines = coordinator.get("/api/v1/packages/" + c.pkg().id() + "/shipments").json().path("items");
        assertThat(lines.get(0).path("confirmed").asLong() + lines.get(1).path("confirmed").asLong()).isEqualTo(20);
    }

    @Test
    void nobodyMovesAPackageToDeliveringOrDeliveredByHand() {
        Contracted c = contracted.contracted(5, "GMLRS");
        JsonNode pkg = supplier.get("/api/v1/packages/" + c.pkg().id()).json();
        assertThat(pkg.path("allowedActions").toString()).doesNotContain("start-delivery").doesNotContain("deliver");
        assertThat(supplier.post("/api/v1/packages/" + c.pkg().id() + "/start-delivery", null).status()).isNotEqualTo(200);
        assertThat(supplier.post("/api/v1/packages/" + c.pkg().id() + "/deliver", null).status()).isNotEqualTo(200);
        assertThat(status(c.pkg().id())).isEqualTo("CONTRACTED");
    }

    @Test
    void aShipmentCannotCarryMoreOfAnItemThanThePackageHasLeftToShip() {
        Contracted c = contracted.contracted(10, "NASAMS missiles");
        assertThat(record(supplier, c.pkg().id(), Map.of(c.item(0), 7L), Map.of()).status()).isEqualTo(201);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = record(supplier, c.pkg().id(), Map.of(c.item(0), 4L), Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("items[0].quantity");
        assertThat(refused.json().path("detail").asText()).contains("only 3 interceptors").contains("requested 4");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void shipmentsRecordedAtTheSameMomentNeverTogetherExceedThePackageQuantity() throws Exception {
        Contracted c = contracted.contracted(10, "Counter-drone interceptors");
        int requests = 6; // each asks for 3 of 10: at most three can pass
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return record(supplier, c.pkg().id(), Map.of(c.item(0), 3L), Map.of()).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        long shipped = jdbc.sql("""
                SELECT coalesce(sum(si.quantity), 0) FROM shipment_item si JOIN shipment s ON s.id = si.shipment_id
                WHERE s.package_id = :p""").param("p", c.pkg().id()).query(Long.class).single();
        assertThat(shipped).isEqualTo(9);
    }

    @Test
    void aDiscrepancyHoldsBackItsQuantityUntilTheSupplierResolvesIt() {
        Contracted c = contracted.contracted(10, "155 mm rounds");
        String id = record(supplier, c.pkg().id(), Map.of(c.item(0), 10L), HANDED_OVER).json().path("id").asText();
        var reported = planner.post("/api/v1/shipments/" + id + "/discrepancies", Map.of("item", c.item(0).toString(),
                "kind", "DAMAGED", "quantity", 2, "note", "two pallets water-damaged"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.json().path("received").asBoolean()).isTrue();
        JsonNode line = coordinator.get("/api/v1/packages/" + c.pkg().id() + "/shipments").json().path("items").get(0);
        assertThat(line.path("confirmed").asLong()).isEqualTo(8);
        // nothing is left to ship while the discrepancy is open
        assertThat(record(supplier, c.pkg().id(), Map.of(c.item(0), 2L), Map.of()).status()).isEqualTo(422);

        String discrepancy = reported.json().path("discrepancies").get(0).path("id").asText();
        assertThat(planner.post("/api/v1/discrepancies/" + discrepancy + "/resolve", Map.of("resolution", "REPLACEMENT"))
                .status()).isEqualTo(403);
        var rejectedWithoutReason = supplier.post("/api/v1/discrepancies/" + discrepancy + "/resolve",
                Map.of("resolution", "REJECTED"));
        assertThat(rejectedWithoutReason.status()).isEqualTo(422);
        assertThat(rejectedWithoutReason.errorFields()).containsExactly("note");
        assertThat(supplier.post("/api/v1/discrepancies/" + discrepancy + "/resolve", Map.of("resolution", "REPLACEMENT"))
                .status()).isEqualTo(200);
        assertThat(status(c.pkg().id())).isEqualTo("DELIVERING");

        String replacement = record(supplier, c.pkg().id(), Map.of(c.item(0), 2L), HANDED_OVER).json().path("id").asText();
        assertThat(planner.post("/api/v1/shipments/" + replacement + "/confirm", null).status()).isEqualTo(200);
        assertThat(status(c.pkg().id())).isEqualTo("DELIVERED");
    }

    @Test
    void aCreditedDiscrepancyCompletesThePackageWithoutAnotherShipment() {
        Contracted c = contracted.contracted(10, "Spare-part kits");
        String id = record(supplier, c.pkg().id(), Map.of(c.item(0), 10L), HANDED_OVER).json().path("id").asText();
        var reported = planner.post("/api/v1/shipments/" + id + "/discrepancies", Map.of("item", c.item(0).toString(),
                "kind", "SHORT", "quantity", 1, "note", "one kit missing"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String discrepancy = reported.json().path("discrepancies").get(0).path("id").asText();
        assertThat(supplier.post("/api/v1/discrepancies/" + discrepancy + "/resolve",
                Map.of("resolution", "CREDIT", "note", "credited on invoice 7")).status()).isEqualTo(200);
        assertThat(status(c.pkg().id())).isEqualTo("DELIVERED");
        assertThat(supplier.post("/api/v1/discrepancies/" + discrepancy + "/resolve", Map.of("resolution", "CREDIT"))
                .status()).isEqualTo(409);
    }

    @Test
    void onlySuppliersRecordShipmentsAndOnlyTheRecipientsPlannersConfirmThem() {
        Contracted c = contracted.contracted(10, "Launchers");
        assertThat(record(coordinator, c.pkg().id(), Map.of(c.item(0), 1L), Map.of()).status()).isEqualTo(403);
        assertThat(record(new Api(port), c.pkg().id(), Map.of(c.item(0), 1L), Map.of()).status()).isEqualTo(401);
        var created = record(supplier, c.pkg().id(), Map.of(c.item(0), 1L), HANDED_OVER);
        String id = created.json().path("id").asText();
        // handed over with nothing open: the supplier has nothing left to do with it
        assertThat(created.json().path("allowedActions").toString()).isEqualTo("[]");
        assertThat(planner.get("/api/v1/shipments/" + id).json().path("allowedActions").toString())
                .isEqualTo("[\"confirm\",\"report-discrepancy\"]");
        assertThat(coordinator.get("/api/v1/shipments/" + id).json().path("allowedActions").toString()).isEqualTo("[]");
        assertThat(supplier.post("/api/v1/shipments/" + id + "/confirm", null).status()).isEqualTo(403);
        String otherPlanner = "planner-pol";
        new TestUsers(jdbc).create(otherPlanner, "POL", org.palisade.security.Role.RECIPIENT_PLANNER);
        assertThat(new Api(port).as(otherPlanner).post("/api/v1/shipments/" + id + "/confirm", null).status())
                .isEqualTo(403);
        assertThat(planner.post("/api/v1/shipments/" + id + "/confirm", null).status()).isEqualTo(200);
        assertThat(planner.post("/api/v1/shipments/" + id + "/confirm", null).status()).isEqualTo(409);
    }

    @Test
    void milestonesAreReachedInOrderAndNeverInTheFuture() {
        Contracted c = contracted.contracted(10, "Radars");
        String id = record(supplier, c.pkg().id(), Map.of(c.item(0), 1L), Map.of()).json().path("id").asText();
        var skipped = supplier.post("/api/v1/shipments/" + id + "/milestones", Map.of("reached", Map.of("atHub", "2025-09-10")));
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.json().path("detail").asText()).contains("must reach shipped before at-hub");
        var future = supplier.post("/api/v1/shipments/" + id + "/milestones",
                Map.of("reached", Map.of("shipped", LocalDate.now().plusDays(3).toString())));
        assertThat(future.status()).isEqualTo(422);
        var early = record(supplier, c.pkg().id(), Map.of(c.item(0), 1L),
                Map.of("shipped", "2025-09-10", "atHub", "2025-09-01"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorFields()).containsExactly("reached.at-hub");
        var notHandedOver = planner.post("/api/v1/shipments/" + id + "/confirm", null);
        assertThat(notHandedOver.status()).isEqualTo(409);
    }

    @Test
    void aShipmentPastTheExpectedDateOfItsNextMilestoneIsOverdue() {
        Contracted c = contracted.contracted(10, "Interceptors, overdue");
        var late = supplier.post("/api/v1/packages/" + c.pkg().id() + "/shipments", Map.of(
                "items", List.of(Map.of("item", c.item(0).toString(), "quantity", 2)),
                "expected", Map.of("shipped", "2025-10-01", "handedOver", "2025-11-01")));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().path("overdue").asBoolean()).isTrue();
        assertThat(late.json().path("next").asText()).isEqualTo("shipped");
        var onTime = supplier.post("/api/v1/packages/" + c.pkg().id() + "/shipments", Map.of(
                "items", List.of(Map.of("item", c.item(0).toString(), "quantity", 2)),
                "expected", Map.of("handedOver", LocalDate.now().plusDays(30).toString())));
        assertThat(onTime.json().path("overdue").asBoolean()).isFalse();

        JsonNode overdue = coordinator.get("/api/v1/deliveries?overdue=true&size=200").json();
        List<String> ids = new ArrayList<>();
        overdue.path("items").forEach(s -> ids.add(s.path("id").asText()));
        assertThat(ids).contains(late.json().path("id").asText()).doesNotContain(onTime.json().path("id").asText());
        assertThat(coordinator.get("/api/v1/packages/" + c.pkg().id() + "/shipments").json().path("overdue").asLong())
                .isEqualTo(1);
    }

    @Test
    void theExpectedHandoverDefaultsFromTheMedianOfHistoryOrTheConfiguredLeadTime() {
        JsonNode before = category(coordinator.get("/api/v1/deliveries/lead-times").json(), "AIR_AND_MISSILE_DEFENCE");
        assertThat(before.path("configuredDays").asLong()).isEqualTo(120);
        long expectedDays = before.path("toFirstHandover").path("count").asInt() > 0
                ? before.path("toFirstHandover").path("median").asLong() : 120;
        Contracted c = contracted.contracted(10, "Lead time");
        var created = record(supplier, c.pkg().id(), Map.of(c.item(0), 1L), Map.of());
        JsonNode handover = created.json().path("milestones").get(2);
        // the fixture's package is funded by a commitment of 2025-08-05; its items are air and missile defence
        assertThat(handover.path("expected").asText())
                .isEqualTo(LocalDate.of(2025, 8, 5).plusDays(expectedDays).toString());
    }

    @Test
    void theLeadTimeReportMeasuresFundingToFirstHandoverAndToCompleteDelivery() {
        Contracted c = contracted.contracted(10, "Measured");
        String first = record(supplier, c.pkg().id(), Map.of(c.item(0), 4L), HANDED_OVER).json().path("id").asText();
        String second = record(supplier, c.pkg().id(), Map.of(c.item(0), 6L), Map.of("shipped", "2025-09-20",
                "atHub", "2025-09-25", "handedOver", "2025-10-05")).json().path("id").asText();
        planner.post("/api/v1/shipments/" + first + "/confirm", null);
        planner.post("/api/v1/shipments/" + second + "/confirm", null);

        JsonNode report = coordinator.get("/api/v1/deliveries/lead-times").json();
        JsonNode row = null;
        for (JsonNode p : report.path("packages")) {
            if (p.path("id").asText().equals(c.pkg().id().toString())) {
                row = p;
            }
        }
        assertThat(row).isNotNull();
        // funded by the commitment of 2025-08-05: first handover 2025-09-15, complete with the last on 2025-10-05
        assertThat(row.path("daysToFirstHandover").asLong()).isEqualTo(41);
        assertThat(row.path("daysToComplete").asLong()).isEqualTo(61);
        JsonNode category = category(report, "AIR_AND_MISSILE_DEFENCE");
        assertThat(category.path("toComplete").path("count").asInt()).isPositive();
        assertThat(category.path("toComplete").path("shortest").asLong()).isLessThanOrEqualTo(61);
        assertThat(category.path("toComplete").path("longest").asLong()).isGreaterThanOrEqualTo(61);
    }

    private static JsonNode category(JsonNode report, String name) {
        for (JsonNode c : report.path("categories")) {
            if (c.path("category").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no category " + name + " in " + report);
    }

    @Test
    void aRetriedShipmentWithTheSameIdempotencyKeyIsRecordedOnce() {
        Contracted c = contracted.contracted(10, "Idempotent");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = shipment(Map.of(c.item(0), 2L), Map.of());
        var first = supplier.post("/api/v1/packages/" + c.pkg().id() + "/shipments", body, Map.of("Idempotency-Key", key));
        var again = supplier.post("/api/v1/packages/" + c.pkg().id() + "/shipments", body, Map.of("Idempotency-Key", key));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(coordinator.get("/api/v1/packages/" + c.pkg().id() + "/shipments").json().path("shipments").size())
                .isEqualTo(1);
    }

    @Test
    void everyChangeOfAShipmentIsInTheAuditTrail() {
        Contracted c = contracted.contracted(10, "Audited");
        String id = record(supplier, c.pkg().id(), Map.of(c.item(0), 1L), HANDED_OVER).json().path("id").asText();
        planner.post("/api/v1/shipments/" + id + "/confirm", null);
        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE record_id = :id ORDER BY occurred_at")
                .param("id", UUID.fromString(id)).query(String.class).list();
        assertThat(actions).containsExactly("recorded", "receipt-confirmed");
    }
}
