package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.benchmark.BenchmarkLedger.conditional;
import static org.palisade.benchmark.BenchmarkLedger.report;

import java.util.List;
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
 * Measures the public ledger (pages, downloads, JSON) on ledgers of 10^5 and then 10^6 contributions; prints figures for docs/BENCHMARKS.md and
 * asserts only that every answer was correct (timings are reported, never asserted). Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PublicLedgerBenchmarkIT -Dbenchmark=true}
 *
 * <p>The ledger is filled by {@link BenchmarkLedger}.
 */
@PalisadeTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PublicLedgerBenchmarkIT {

    /** Sizes filled in turn; {@code -Dbenchmark.sizes=100000} measures fewer. */
    static final List<Integer> SIZES = java.util.Arrays.stream(System.getProperty("benchmark.sizes", "100000,1000000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    static final List<String> FIGURES = List.of("/ledger", "/ledger?stage=PAID", "/api/v1/ledger",
            "/api/v1/ledger/tables/nato?stage=COMMITTED", "/ledger/tables/contributors.csv", "/ledger/tables/years.xlsx",
            "/ledger/contributions?stage=PLEDGED&year=2024", "/api/v1/ledger/contributions?stage=PAID&nato=ALL",
            "/api/v1/ledger/contributions?stage=PLEDGED&contributors=DNK%2BNOR&size=50");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void publicLedgerOnLedgersOfOneHundredThousandAndOneMillionContributions() {
        BenchmarkLedger ledger = new BenchmarkLedger(jdbc);
        List<UUID> nations = ledger.seed(fixtures);
        int filled = 0;
        for (int size : SIZES) {
            long start = System.nanoTime();
            ledger.fill(filled, size - filled, nations, true);
            System.out.printf("BENCHMARK | fill to %,d contributions (insert, convert, sum, analyse) | %.1f s%n", size,
                    (System.nanoTime() - start) / 1e9);
            filled = size;
            System.out.printf("BENCHMARK | %,d contributions: %,d summary rows%n", size,
                    jdbc.sql("SELECT count(*) FROM contribution_total").query(Long.class).single());
            Api api = new Api(port);
            boolean profiled = statementsReset();
            for (String path : FIGURES) {
                report(size, "GET " + path, 20, () -> api.get(path));
            }
            if (profiled) {
                statements(size);
            }
            report(size, "GET /ledger (If-None-Match, 304)", 30, conditional(api, "/ledger"));
            report(size, "GET /api/v1/ledger (If-None-Match, 304)", 30, conditional(api, "/api/v1/ledger"));
            if (size <= 100_000) {
                // the IATI file lists every public transaction: its size grows with the ledger (a dump, cached by its tag)
                long t = System.nanoTime();
                Api.Response iati = api.get("/api/v1/ledger/iati");
                assertThat(iati.status()).isEqualTo(200);
                System.out.printf("BENCHMARK | %,d | GET /api/v1/ledger/iati once | %.1f s | %,d bytes%n", size,
                        (System.nanoTime() - t) / 1e9, iati.body().length());
            }
        }
        explain();
    }

    /**
     * With {@code -Dpalisade.embedded.settings.shared_preload_libraries=pg_stat_statements} on the command line, the
     * reads' statements are counted from here on; false (and nothing printed) without it.
     */
    private boolean statementsReset() {
        try {
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
            jdbc.sql("SELECT pg_stat_statements_reset()").query((rs, n) -> n).list();
            return true;
        } catch (org.springframework.dao.DataAccessException notLoaded) {
            return false;
        }
    }

    /** The statements the reads above cost most database time in, with their time per call. */
    private void statements(int size) {
        jdbc.sql("""
                SELECT calls, round(CAST(total_exec_time / calls AS numeric), 2) AS ms_per_call,
                       round(CAST(total_exec_time AS numeric), 0) AS ms_total,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS statement
                FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
                ORDER BY total_exec_time DESC LIMIT 12""")
                .query((rs, n) -> String.format("BENCHMARK-STATEMENT | %,d | %,d calls | %s ms per call | %s ms in all | %s",
                        size, rs.getLong("calls"), rs.getBigDecimal("ms_per_call"), rs.getBigDecimal("ms_total"),
                        rs.getString("statement")))
                .list().forEach(System.out::println);
    }

    private void explain() {
        System.out.printf("BENCHMARK | public stages: %,d; public yearly rows: %,d; public daily rows: %,d; summary rows: %,d%n",
                jdbc.sql("SELECT count(*) FROM contribution_public_stage").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM contribution_public_year").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM contribution_public_day").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM contribution_total").query(Long.class).single());
        // what the NATO table of the public ledger asks for
        jdbc.sql("""
                EXPLAIN (ANALYZE, BUFFERS)
                SELECT y.nato AS key, y.target, sum(y.amount), sum(y.contributions)
                FROM contribution_public_years y WHERE y.stage = 'PLEDGED' GROUP BY 1, 2""")
                .query(String.class).list().forEach(line -> System.out.println("BENCHMARK-PLAN | " + line));
    }
}
