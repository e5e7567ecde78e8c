package org.palisade.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PalisadeTest
class PackageApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    /** The NATO coordinator, who proposes, opens, funds and cancels packages. */
    Api api;
    TestUsers users;

    @BeforeEach
    void setUp() {
        fixtures.coordinator();
        fixtures.contributor("NLD");
        fixtures.contributor("DEU");
        fixtures.usdRates();
        users = new TestUsers(jdbc).seed();
        api = new Api(port).as(TestUsers.COORDINATOR);
    }

    /** A contributor of this nation: only they pledge and commit its money. */
    private Api contributor(String code) {
        return new Api(port).as(users.contributorOf(code));
    }

    private JsonNode propose(String amount, String currency) {
        var created = api.post("/api/v1/packages", Map.of("name", "Air defence " + UUID.randomUUID(),
                "target", Map.of("amount", amount, "currency", currency), "owner", "NATO"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private String pledge(String contributor, String amount, String currency, String packageId) {
        Map<String, Object> body = new HashMap<>();
        body.put("contributors", List.of(contributor));
        body.put("amount", Map.of("amount", amount, "currency", currency));
        body.put("disclosure", "PUBLIC");
        body.put("announcedOn", "2025-08-04");
        body.put("packageId", packageId);
        var r = contributor(contributor).post("/api/v1/contributions", body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private void commit(String contributor, String contributionId, String amount, String currency) {
        var r = contributor(contributor).post("/api/v1/contributions/" + contributionId + "/commit",
                Map.of("amount", Map.of("amount", amount, "currency", currency), "date", "2025-08-20"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aNewPackageIsProposedWithItsTimelineStarted() {
        JsonNode p = propose("500000000", "EUR");
        assertThat(p.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(p.path("number").asInt()).isPositive();
        assertThat(p.path("allowedActions").toString()).isEqualTo("[\"open\",\"cancel\"]");
        assertThat(p.path("timeline").get(0).path("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void coverageConvertsEachContributionAtItsStageDateIntoThePackageCurrency() {
        String id = propose("1000.00", "EUR").path("id").asText();
        pledge("NLD", "578.00", "USD", id); // 578 / 1.1560 = 500.00 EUR
        String committed = pledge("DEU", "500.00", "EUR", id);
        commit("DEU", committed, "250.00", "EUR");

        JsonNode coverage = api.get("/api/v1/packages/" + id + "/coverage").json();
        assertThat(coverage.path("pledged").path("total").path("amount").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(coverage.path("pledged").path("percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(coverage.path("committed").path("percent").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(coverage.path("paid").path("total").path("amount").decimalValue()).isZero();
    }

    @Test
    void aPackageIsFundedOnlyWhenCommittedCoverageReachesTheTargetAndSurplusIsReported() {
        String id = propose("1000.00", "EUR").path("id").asText();
        api.post("/api/v1/packages/" + id + "/open", null);
        String c = pledge("DEU", "1200.00", "EUR", id);
        commit("DEU", c, "900.00", "EUR");

        var early = api.post("/api/v1/packages/" + id + "/fund", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("detail").asText()).contains("only 90.0% covered by committed contributions");

        String topUp = pledge("NLD", "231.20", "USD", id); // 200.00 EUR
        commit("NLD", topUp, "231.20", "USD");
        var funded = api.post("/api/v1/packages/" + id + "/fund", Map.of("reason", "committed in full"));
        assertThat(funded.status()).as(funded.body()).isEqualTo(200);
        assertThat(funded.json().path("status").asText()).isEqualTo("FUNDED");

        JsonNode coverage = api.get("/api/v1/packages/" + id + "/coverage").json();
        assertThat(coverage.path("committed").path("surplus").path("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(coverage.path("pledged").path("surplus").path("amount").decimalValue()).isEqualByComparingTo("400.00");
    }

    @Test
    void fundingWithoutARateForAContributionsCurrencyIsRefusedWithTheReason() {
        String id = propose("100.00", "EUR").path("id").asText();
        api.post("/api/v1/packages/" + id + "/open", null);
        String c = pledge("DEU", "2000.00", "SEK", id);
        commit("DEU", c, "2000.00", "SEK");
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.post("/api/v1/packages/" + id + "/fund", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("exchangeRate");
        assertThat(refused.json().path("detail").asText()).contains("No exchange rate for SEK");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void anIllegalTransitionIsRefusedNamingWhatIsAllowedAndChangesNothing() {
        String id = propose("100.00", "EUR").path("id").asText();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        // the supplier contracts: the refusal is about the package's state, not about who asks
        var refused = new Api(port).as(TestUsers.SUPPLIER).post("/api/v1/packages/" + id + "/contract", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).endsWith("is proposed; only open or cancel are allowed");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void aCancelledPackageTakesNoFurtherActionAndNoNewContributions() {
        String id = propose("100.00", "EUR").path("id").asText();
        assertThat(api.post("/api/v1/packages/" + id + "/cancel", Map.of("reason", "merged into another")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/packages/" + id + "/open", null).status()).isEqualTo(409);
        var late = contributor("DEU").post("/api/v1/contributions", Map.of("contributors", List.of("DEU"),
                "amount", Map.of("amount", "1", "currency", "EUR"), "disclosure", "PUBLIC", "announcedOn", "2025-09-01",
                "packageId", id), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.errorFields()).containsExactly("package");
        JsonNode detail = api.get("/api/v1/packages/" + id).json();
        assertThat(detail.path("timeline").get(1).path("reason").asText()).isEqualTo("merged into another");
    }

    @Test
    void aStaleVersionIsAConflictAndTheCurrentVersionIsTheEtag() {
        String id = propose("100.00", "EUR").path("id").asText();
        var read = api.get("/api/v1/packages/" + id);
        // the tag names the version first (then the ledger's state, for the coverage the answer holds)
        String tag = read.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(tag).startsWith("\"0.");
        assertThat(api.send("POST", "/api/v1/packages/" + id + "/open", null, Map.of("If-Match", tag)).status()).isEqualTo(200);
        var stale = api.send("POST", "/api/v1/packages/" + id + "/cancel", null, Map.of("If-Match", tag));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/packages/" + id).json().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void invalidProposalsNameEveryField() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.post("/api/v1/packages", Map.of("name", " ", "target", Map.of("amount", "0", "currency", "EUR"),
                "owner", "NOPE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "target.amount", "owner");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void theListIsPagedFilteredAndCarriesCoverage() {
        propose("100.00", "EUR");
        var page = api.get("/api/v1/packages?status=PROPOSED&size=2&sort=number,desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").size()).isBetween(1, 2);
        assertThat(page.json().path("items").get(0).path("coverage").path("pledged").isObject()).isTrue();
        assertThat(api.get("/api/v1/packages?status=LOST").status()).isEqualTo(400);
    }
}
