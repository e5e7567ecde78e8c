package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the API on a ledger of realistic size; prints figures for docs/BENCHMARKS.md and asserts only
 * that every answer was correct (timings are reported, never asserted). Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LedgerBenchmarkIT -Dbenchmark=true}
 */
@PalisadeTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LedgerBenchmarkIT {

    static final int PACKAGES = 500;
    static final int CONTRIBUTIONS = 20_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void readsAndWritesOnALedgerOfTwentyThousandContributions() {
        UUID owner = fixtures.coordinator();
        List<UUID> contributors = List.of(fixtures.contributor("NLD"), fixtures.contributor("DEU"),
                fixtures.contributor("DNK"), fixtures.contributor("CAN"));
        fixtures.usdRates();
        jdbc.sql("""
                INSERT INTO aid_package (id, name, target_amount, target_currency, status, owner_id, disclosure, created_at)
                SELECT gen_random_uuid(), 'Bench ' || g, 500000000, 'USD', 'OPEN', :owner, 'PUBLIC', now()
                FROM generate_series(1, :n) g""").param("owner", owner).param("n", PACKAGES).update();
        jdbc.sql("""
                WITH p AS (SELECT id, row_number() OVER () AS r FROM aid_package)
                INSERT INTO contribution (id, package_id, owner_id, disclosure, announced_on, currency, stage,
                                          pledged_amount, pledged_on, created_at)
                SELECT gen_random_uuid(), (SELECT id FROM p WHERE r = 1 + g % :packages), :lead,
                       (ARRAY['PUBLIC','COALITION','CONFIDENTIAL'])[1 + g % 3], DATE '2025-08-04' + (g % 300),
                       (ARRAY['EUR','USD'])[1 + g % 2], 'PLEDGED', 1000000 + g, DATE '2025-08-04' + (g % 300), now()
                FROM generate_series(1, :n) g""")
                .param("packages", PACKAGES).param("lead", contributors.get(0)).param("n", CONTRIBUTIONS).update();
        jdbc.sql("""
                INSERT INTO contribution_contributor (contribution_id, organisation_id, position)
                SELECT id, owner_id, 0 FROM contribution WHERE id NOT IN (SELECT contribution_id FROM contribution_contributor)""")
                .update();
        jdbc.sql("ANALYZE").update();

        Api api = new Api(port);
        report("GET /api/v1/figures/totals", 30, () -> api.get("/api/v1/figures/totals"));
        report("GET /api/v1/figures/by-contributor", 30, () -> api.get("/api/v1/figures/by-contributor"));
        report("GET /api/v1/packages?size=50", 50, () -> api.get("/api/v1/packages?size=50"));
        report("GET /api/v1/contributions?size=50", 50, () -> api.get("/api/v1/contributions?size=50"));
        report("POST /api/v1/contributions (new key)", 300, () -> api.post("/api/v1/contributions",
                Map.of("contributors", List.of("NLD"), "amount", Map.of("amount", "1000", "currency", "EUR"),
                        "disclosure", "PUBLIC", "announcedOn", "2025-09-01"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    private static void report(String what, int runs, Supplier<Api.Response> call) {
        for (int i = 0; i < 5; i++) {
            call.get(); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Api.Response r = call.get();
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(r.status()).as(r.body()).isBetween(200, 201);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK | %s | runs %d | median %.1f ms | p95 %.1f ms%n", what, runs,
                millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1));
    }
}
