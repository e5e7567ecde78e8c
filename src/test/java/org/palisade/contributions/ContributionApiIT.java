package org.palisade.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

@PalisadeTest
class ContributionApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    Api api;
    String dane;

    @BeforeEach
    void setUp() {
        fixtures.contributor("DNK");
        // a Danish contributor records and advances the joint Danish-Norwegian-Swedish money of these tests
        dane = new TestUsers(jdbc).contributorOf("DNK");
        api = new Api(port).as(dane);
        fixtures.contributor("NOR");
        fixtures.contributor("SWE");
    }

    private static Map<String, Object> pledge(String amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("contributors", List.of("DNK", "NOR", "SWE"));
        body.put("amount", Map.of("amount", amount, "currency", currency));
        body.put("disclosure", "PUBLIC");
        body.put("announcedOn", "2025-08-05");
        body.put("earmark", "ROCKET_ARTILLERY_AMMUNITION");
        return body;
    }

    private Api.Response post(Object body, String key) {
        return api.post("/api/v1/contributions", body, Map.of("Idempotency-Key", key));
    }

    @Test
    void aJointPledgeKeepsEveryContributorInOrder() {
        var created = post(pledge("495000000", "USD"), UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("contributors").toString()).isEqualTo("[\"DNK\",\"NOR\",\"SWE\"]");
        assertThat(created.json().path("pledged").path("amount").decimalValue()).isEqualByComparingTo("495000000.00");
        assertThat(created.json().path("stage").asText()).isEqualTo("PLEDGED");
    }

    @Test
    void moneyMovesPledgedThenCommittedThenPaidNeverAboveTheStageBefore() {
        String id = post(pledge("100.00", "EUR"), UUID.randomUUID().toString()).json().path("id").asText();
        String base = "/api/v1/contributions/" + id;

        var tooMuch = api.post(base + "/commit", Map.of("amount", Map.of("amount", "100.01", "currency", "EUR"), "date", "2025-08-10"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorFields()).containsExactly("amount.amount");

        var payFirst = api.post(base + "/pay", Map.of("amount", Map.of("amount", "10", "currency", "EUR"), "date", "2025-08-10"));
        assertThat(payFirst.status()).isEqualTo(409);
        assertThat(payFirst.json().path("detail").asText()).contains("only commit is allowed");

        var committed = api.post(base + "/commit", Map.of("amount", Map.of("amount", "80", "currency", "EUR"), "date", "2025-08-10"));
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.json().path("stage").asText()).isEqualTo("COMMITTED");

        var earlyPayment = api.post(base + "/pay", Map.of("amount", Map.of("amount", "80", "currency", "EUR"), "date", "2025-08-09"));
        assertThat(earlyPayment.status()).isEqualTo(422);
        assertThat(earlyPayment.errorFields()).containsExactly("date");

        var paid = api.post(base + "/pay", Map.of("amount", Map.of("amount", "80", "currency", "EUR"), "date", "2025-09-01"));
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().path("paid").path("amount").decimalValue()).isEqualByComparingTo("80");

        var again = api.post(base + "/commit", Map.of("amount", Map.of("amount", "1", "currency", "EUR"), "date", "2025-09-02"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aPledgeIsWithdrawnWithItsReasonButCommittedMoneyIsNot() {
        String id = post(pledge("100.00", "EUR"), UUID.randomUUID().toString()).json().path("id").asText();
        String base = "/api/v1/contributions/" + id;
        var noReason = api.post(base + "/withdraw", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");

        var withdrawn = api.post(base + "/withdraw", Map.of("reason", "announced twice"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("stage").asText()).isEqualTo("WITHDRAWN");
        var commit = api.post(base + "/commit", Map.of("amount", Map.of("amount", "1", "currency", "EUR"), "date", "2025-09-02"));
        assertThat(commit.status()).isEqualTo(409);

        String other = post(pledge("50.00", "EUR"), UUID.randomUUID().toString()).json().path("id").asText();
        api.post("/api/v1/contributions/" + other + "/commit", Map.of("amount", Map.of("amount", "50", "currency", "EUR"),
                "date", "2025-08-10"));
        var committedWithdrawal = api.post("/api/v1/contributions/" + other + "/withdraw", Map.of("reason", "changed mind"));
        assertThat(committedWithdrawal.status()).isEqualTo(409);
        assertThat(committedWithdrawal.json().path("detail").asText()).contains("only a pledge can be withdrawn");
    }

    @Test
    void aPledgeIsCorrectedWithItsReasonKeptInTheAuditTrailButACommitmentIsNot() {
        String id = post(pledge("100.00", "EUR"), UUID.randomUUID().toString()).json().path("id").asText();
        String base = "/api/v1/contributions/" + id;
        var noReason = api.post(base + "/correct", Map.of("amount", Map.of("amount", "80", "currency", "EUR"),
                "pledgedOn", "2025-08-04"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");
        var otherCurrency = api.post(base + "/correct", Map.of("amount", Map.of("amount", "80", "currency", "USD"),
                "pledgedOn", "2025-08-04", "reason", "typo"));
        assertThat(otherCurrency.status()).isEqualTo(422);
        assertThat(otherCurrency.errorFields()).containsExactly("amount.currency");
        var future = api.post(base + "/correct", Map.of("amount", Map.of("amount", "80", "currency", "EUR"),
                "pledgedOn", "2030-01-01", "reason", "typo"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.errorFields()).containsExactly("pledgedOn");

        var corrected = api.post(base + "/correct", Map.of("amount", Map.of("amount", "80", "currency", "EUR"),
                "pledgedOn", "2025-08-04", "reason", "the statement said 80"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("pledged").path("amount").decimalValue()).isEqualByComparingTo("80");
        assertThat(corrected.json().path("pledgedOn").asText()).isEqualTo("2025-08-04");
        // the figures count the corrected amount, not the first one
        assertThat(jdbc.sql("SELECT original FROM contribution_value WHERE contribution_id = :id AND target = 'EUR'")
                .param("id", UUID.fromString(id)).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("80");
        var entry = jdbc.sql("""
                SELECT reason, before ->> 'pledged', after ->> 'pledged' FROM audit_entry
                WHERE record_id = :id AND action = 'corrected'""").param("id", UUID.fromString(id))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(entry.get(0)).isEqualTo("the statement said 80");
        assertThat(entry.get(1)).contains("100");
        assertThat(entry.get(2)).contains("80");

        api.post(base + "/commit", Map.of("amount", Map.of("amount", "80", "currency", "EUR"), "date", "2025-08-10"));
        var committed = api.post(base + "/correct", Map.of("amount", Map.of("amount", "70", "currency", "EUR"),
                "pledgedOn", "2025-08-04", "reason", "late"));
        assertThat(committed.status()).isEqualTo(409);
        assertThat(committed.json().path("detail").asText()).contains("only a pledge can be corrected");
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsWritten() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        Map<String, Object> bad = new HashMap<>();
        bad.put("contributors", List.of("DNK", "ZZZ"));
        bad.put("amount", Map.of("amount", "-5", "currency", "EUR"));
        bad.put("disclosure", "PUBLIC");
        var refused = post(bad, UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("amount.amount", "contributors[1]");

        var oversized = post(pledge("10000000000000.01", "USD"), UUID.randomUUID().toString());
        assertThat(oversized.status()).isEqualTo(422);
        assertThat(oversized.errorFields()).containsExactly("amount.amount");

        var unknownCurrency = post(pledge("5", "EUX"), UUID.randomUUID().toString());
        assertThat(unknownCurrency.errorFields()).containsExactly("amount.currency");

        var tooManyDecimals = post(pledge("5.001", "EUR"), UUID.randomUUID().toString());
        assertThat(tooManyDecimals.errorFields()).containsExactly("amount.amount");

        var unknownPackage = new HashMap<>(pledge("5", "EUR"));
        unknownPackage.put("packageId", UUID.randomUUID().toString());
        assertThat(post(unknownPackage, UUID.randomUUID().toString()).errorFields()).containsExactly("package");

        assertThat(api.post("/api/v1/contributions", "{not json", Map.of("Idempotency-Key", "k")).status()).isEqualTo(400);
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void recordingMoneyRequiresAnIdempotencyKey() {
        var refused = api.post("/api/v1/contributions", pledge("5", "EUR"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("Idempotency-Key");
    }

    @Test
    void theSameKeyAndBodyReturnTheFirstResponseAndRecordOnce() {
        String key = UUID.randomUUID().toString();
        var first = post(pledge("500000017", "EUR"), key);
        var second = post(pledge("500000017", "EUR"), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(second.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(countWithAmount("500000017")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(post(pledge("7", "EUR"), key).status()).isEqualTo(201);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var other = post(pledge("8", "EUR"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.errorFields()).containsExactly("Idempotency-Key");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void requestsWithTheSameKeyArrivingTogetherRecordOnePledge() throws Exception {
        String key = UUID.randomUUID().toString();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Api.Response> call = () -> {
                    start.await();
                    return new Api(port).as(dane).post("/api/v1/contributions", pledge("321321321", "EUR"), Map.of("Idempotency-Key", key));
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response r = answer.get();
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                ids.add(r.json().path("id").asText());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(countWithAmount("321321321")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleVersionIsAConflict() {
        String id = post(pledge("12", "EUR"), UUID.randomUUID().toString()).json().path("id").asText();
        var stale = api.send("POST", "/api/v1/contributions/" + id + "/commit",
                Map.of("amount", Map.of("amount", "12", "currency", "EUR"), "date", "2025-08-10"), Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("detail").asText()).contains("changed by someone else");
        assertThat(api.get("/api/v1/contributions/" + id).json().path("stage").asText()).isEqualTo("PLEDGED");
    }

    @Test
    void anUnknownContributionIsNotFound() {
        assertThat(api.get("/api/v1/contributions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/contributions/not-a-uuid").status()).isEqualTo(400);
    }

    private int countWithAmount(String amount) {
        return jdbc.sql("select count(*) from contribution where pledged_amount = :a")
                .param("a", new java.math.BigDecimal(amount)).query(Integer.class).single();
    }
}
