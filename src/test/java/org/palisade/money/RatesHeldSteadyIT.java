package org.palisade.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pledge converted while a rate of its currency and date is being recorded waits for that rate: otherwise it
 * would be converted without the rate, and the recording's re-conversion, which cannot see the uncommitted
 * pledge, would leave it so.
 */
@PalisadeTest
class RatesHeldSteadyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Fixtures fixtures;

    @Test
    void aPledgeSentWhileARateOfItsDateIsBeingRecordedIsConvertedAtThatRate() throws Exception {
        fixtures.contributor("DNK");
        Api api = new Api(port).as(new TestUsers(jdbc).contributorOf("DNK"));
        // Icelandic kronur: a currency this test owns, without any rate before it records one
        jdbc.sql("DELETE FROM exchange_rate WHERE currency = 'ISK'").update();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Api.Response> pledge = tx.execute(status -> {
                // what recording a rate does first: the rates' exclusive lock, then the rate
                jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", ExchangeRateRepository.RATE_LOCK)
                        .query((rs, n) -> n).single();
                jdbc.sql("INSERT INTO exchange_rate (currency, rate_date, units_per_eur) VALUES ('ISK', DATE '2025-08-05', 150)")
                        .update();
                Future<Api.Response> sent = pool.submit(() -> api.post("/api/v1/contributions",
                        Map.of("contributors", List.of("DNK"), "amount", Map.of("amount", "3000", "currency", "ISK"),
                                "disclosure", "PUBLIC", "announcedOn", "2025-08-05", "earmark", "ARTILLERY_AMMUNITION"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())));
                awaitAWaiterForTheRatesLock();
                assertThat(sent).isNotDone();
                return sent;
            });
            Api.Response created = pledge.get(30, TimeUnit.SECONDS);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            BigDecimal eur = jdbc.sql("""
                    SELECT amount FROM contribution_value WHERE contribution_id = CAST(:id AS uuid)
                    AND stage = 'PLEDGED' AND target = 'EUR'""")
                    .param("id", created.json().path("id").asText()).query(BigDecimal.class).single();
            assertThat(eur).isEqualByComparingTo("20.00");
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitAWaiterForTheRatesLock() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(giveUp)) {
            long waiting = jdbc.sql("""
                    SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                    AND ((CAST(classid AS bigint) << 32) | CAST(objid AS bigint)) = :key""")
                    .param("key", ExchangeRateRepository.RATE_LOCK).query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no pledge came to wait for the rates' lock within 20 s");
    }
}
