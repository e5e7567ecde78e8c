package org.palisade.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.organisations.Organisations;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.requirements.RequirementsFixture;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Packages take requirement items of the approved list, never more of an item than it has. */
@PalisadeTest
class PackageAllocationIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Requirements requirements;
    @Autowired
    Organisations organisations;
    Api api;
    UUID item;

    @BeforeEach
    void setUp() {
        // the NATO coordinator assembles packages
        new TestUsers(jdbc).seed();
        api = new Api(port).as(TestUsers.COORDINATOR);
        RequirementList list = RequirementsFixture.approvedList(requirements, organisations, "PAC-3 MSE " + UUID.randomUUID());
        item = list.items().get(0).id(); // quantity 10
    }

    private Api.Response propose(long quantity) {
        return api.post("/api/v1/packages", Map.of("name", "Package " + UUID.randomUUID(), "owner", "NATO",
                "target", Map.of("amount", "40000000", "currency", "USD"),
                "items", List.of(Map.of("item", item.toString(), "quantity", quantity))));
    }

    @Test
    void aPackageTakesApprovedItemsUpToTheirQuantity() {
        var first = propose(6);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("items").get(0).path("quantity").asLong()).isEqualTo(6);
        assertThat(propose(4).status()).isEqualTo(201);

        var detail = api.get("/api/v1/packages/" + first.json().path("id").asText()).json().path("itemDetails").get(0);
        assertThat(detail.path("description").asText()).startsWith("PAC-3 MSE");
        assertThat(detail.path("unit").asText()).isEqualTo("interceptors");
        // 6 interceptors at the list's USD 4M estimate each
        assertThat(detail.path("value").path("amount").decimalValue()).isEqualByComparingTo("24000000.00");
        assertThat(detail.path("value").path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void aPackageCannotTakeMoreThanWhatLivePackagesLeft() {
        assertThat(propose(7).status()).isEqualTo(201);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = propose(4);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("items[0].quantity");
        assertThat(refused.json().path("detail").asText()).contains("only 3 interceptors").contains("requested 4");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void cancellingAPackageReleasesItsItems() {
        String id = propose(10).json().path("id").asText();
        assertThat(propose(1).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/packages/" + id + "/cancel", null).status()).isEqualTo(200);
        assertThat(propose(10).status()).isEqualTo(201);
    }

    @Test
    void addingItemsLaterRespectsTheSameLimit() {
        String id = propose(5).json().path("id").asText();
        var tooMany = api.post("/api/v1/packages/" + id + "/items", Map.of("items", List.of(Map.of("item", item.toString(), "quantity", 6))));
        assertThat(tooMany.status()).isEqualTo(422);
        var fits = api.post("/api/v1/packages/" + id + "/items", Map.of("items", List.of(Map.of("item", item.toString(), "quantity", 5))));
        assertThat(fits.status()).as(fits.body()).isEqualTo(200);
        assertThat(fits.json().path("items").get(0).path("quantity").asLong()).isEqualTo(10);
    }

    @Test
    void itemsOfASupersededListAreRefused() {
        RequirementsFixture.approvedList(requirements, organisations, "Newer item " + UUID.randomUUID());
        var refused = propose(1);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("items[0].item");
        assertThat(refused.json().path("detail").asText()).contains("superseded");
        var unknown = api.post("/api/v1/packages", Map.of("name", "x", "owner", "NATO",
                "target", Map.of("amount", "1", "currency", "USD"),
                "items", List.of(Map.of("item", UUID.randomUUID().toString(), "quantity", 1))));
        assertThat(unknown.errorFields()).containsExactly("items[0].item");
    }

    @Test
    void twoPackagesTakingTheSameItemAtOnceNeverOverAllocate() throws Exception {
        int callers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return propose(4);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Api.Response> answer : answers) {
                int status = answer.get().status();
                assertThat(status).isIn(201, 422);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(2);
            Long taken = jdbc.sql("""
                    select coalesce(sum(pi.quantity), 0) from package_item pi join aid_package p on p.id = pi.package_id
                    where pi.requirement_item_id = :item and p.status <> 'CANCELLED'""")
                    .param("item", item).query(Long.class).single();
            assertThat(taken).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
    }
}
