package org.palisade.benchmark;

import static org.palisade.benchmark.BenchmarkLedger.conditional;
import static org.palisade.benchmark.BenchmarkLedger.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the API on ledgers of 10^4 and then 10^6 contributions; prints figures for docs/BENCHMARKS.md and
 * asserts only that every answer was correct (timings are reported, never asserted). Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LedgerBenchmarkIT -Dbenchmark=true}
 *
 * <p>The ledger is filled by {@link BenchmarkLedger}.
 */
@PalisadeTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LedgerBenchmarkIT {

    static final List<Integer> SIZES = List.of(10_000, 1_000_000);
    static final List<String> FIGURES = List.of("/api/v1/figures/totals",
            "/api/v1/figures/by-contributor", "/api/v1/figures/by-contributor?stage=PAID&currency=EUR",
            "/api/v1/figures/by-category", "/api/v1/figures/by-year");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void figuresOnLedgersOfTenThousandAndOneMillionContributions() {
        BenchmarkLedger ledger = new BenchmarkLedger(jdbc);
        List<UUID> nations = ledger.seed(fixtures);
        int filled = 0;
        for (int size : SIZES) {
            long start = System.nanoTime();
            ledger.fill(filled, size - filled, nations, false);
            System.out.printf("BENCHMARK | fill to %,d contributions (insert, convert, sum, analyse) | %.1f s%n", size,
                    (System.nanoTime() - start) / 1e9);
            filled = size;
            System.out.printf("BENCHMARK | %,d contributions: %,d summary rows%n", size,
                    jdbc.sql("SELECT count(*) FROM contribution_total").query(Long.class).single());
            Api api = new Api(port);
            for (String path : FIGURES) {
                report(size, "GET " + path, 30, () -> api.get(path));
            }
            report(size, "GET /api/v1/figures/totals (If-None-Match, 304)", 30, conditional(api, "/api/v1/figures/totals"));
            report(size, "GET /api/v1/packages?size=50", 30, () -> api.get("/api/v1/packages?size=50"));
        }
        explain();
        report(SIZES.get(SIZES.size() - 1), "POST /api/v1/contributions (new key)", 100, () -> new Api(port)
                .as(new org.palisade.testing.TestUsers(jdbc).contributorOf("NLD"))
                .post("/api/v1/contributions", Map.of("contributors", List.of("NLD"),
                        "amount", Map.of("amount", "1000", "currency", "EUR"), "disclosure", "PUBLIC",
                        "announcedOn", "2025-09-01"), Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    private void explain() {
        // what GET /api/v1/figures/by-contributor (pledged, USD) asks for a visitor
        String sql = """
                EXPLAIN (ANALYZE, BUFFERS)
                SELECT g.stage, g.target, contributor_codes(g.k) AS key, g.lead, g.visible, g.amount, g.contributions
                FROM (SELECT s.stage, s.target, s.contributor_ids AS k, s.contributor_ids[1] AS lead,
                             (s.disclosure = 'PUBLIC') AS visible, sum(s.amount) AS amount,
                             sum(s.contributions) AS contributions
                      FROM contribution_summary s WHERE s.target = ANY(ARRAY['USD']) AND s.stage = 'PLEDGED'
                      GROUP BY 1, 2, 3, 4, 5 HAVING sum(s.contributions) > 0) g""";
        jdbc.sql(sql).query(String.class).list().forEach(line -> System.out.println("BENCHMARK-PLAN | " + line));
    }
}
