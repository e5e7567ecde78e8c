package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures imports of spreadsheets of 10^5 rows (and of 10^6 with {@code -Dbenchmark.rows=100000,1000000})
 * through the API, from the upload to the committed import; prints figures for docs/BENCHMARKS.md and asserts
 * only that the answers were right (every row imported, the figures grown by the file's sums). Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmarkIT -Dbenchmark=true}
 */
@PalisadeTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmarkIT {

    static final String HEADER = "contributors,amount,currency,stage,date,program,category,disclosure,source_title,"
            + "source_outlet,source_url,source_published";
    static final String[] CATEGORIES = {"", "AIR_AND_MISSILE_DEFENCE", "ARTILLERY_AMMUNITION", "DRONES_AND_COUNTER_DRONE"};
    static final String[] STAGES = {"pledged", "pledged", "committed", "paid"};
    static final String[] DISCLOSURES = {"public", "public", "coalition", "confidential"};
    /** One row in this many names a source (one of 20), recorded as a claim; 0: none. */
    static final int SOURCE_EVERY = Integer.getInteger("benchmark.sourceEvery", 100);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void importsOfOneHundredThousandRows() {
        new TestUsers(jdbc).seed();
        fixtures.usdRates();
        jdbc.sql("""
                INSERT INTO exchange_rate (currency, rate_date, units_per_eur, source)
                SELECT c, d, CASE c WHEN 'USD' THEN 1.05 + (extract(doy FROM d) % 20) / 100.0
                                    ELSE 0.84 + (extract(doy FROM d) % 7) / 100.0 END, 'benchmark'
                FROM generate_series(DATE '2022-01-03', DATE '2026-11-30', INTERVAL '1 day') d,
                     unnest(ARRAY['USD', 'GBP']) c
                WHERE extract(isodow FROM d) < 6
                ON CONFLICT DO NOTHING""").update();
        List<String> nations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String code = "BX" + (char) ('A' + i) + UUID.randomUUID().toString().substring(0, 4).toUpperCase()
                    .replaceAll("[^A-Z]", "Q");
            fixtures.contributor(code);
            nations.add(code);
        }
        for (String size : System.getProperty("benchmark.rows", "100000").split(",")) {
            measure(Integer.parseInt(size.strip()), nations);
        }
    }

    void measure(int rows, List<String> nations) {
        Random random = new Random(rows);
        StringBuilder csv = new StringBuilder(rows * 110).append(HEADER).append('\n');
        BigDecimal eurPledged = BigDecimal.ZERO;
        LocalDate first = LocalDate.of(2022, 3, 1);
        for (int i = 0; i < rows; i++) {
            String contributors = i % 6 == 0 ? nations.get(0) + "+" + nations.get(1 + random.nextInt(5))
                    : nations.get(random.nextInt(6));
            String currency = i % 3 == 0 ? "USD" : i % 3 == 1 ? "EUR" : "GBP";
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(50_000_000), 2);
            if (currency.equals("EUR")) {
                eurPledged = eurPledged.add(amount);
            }
            csv.append(contributors).append(',').append(amount.toPlainString()).append(',').append(currency).append(',')
                    .append(STAGES[random.nextInt(4)]).append(',').append(first.plusDays(random.nextInt(1300)))
                    .append(',').append(i % 10 == 0 ? "OTHER" : "PURL").append(',')
                    .append(CATEGORIES[random.nextInt(4)]).append(',').append(DISCLOSURES[random.nextInt(4)]);
            if (SOURCE_EVERY > 0 && i % SOURCE_EVERY == 0) {
                int source = (i / SOURCE_EVERY) % 20;
                csv.append(",Report ").append(source).append(",Ministry of Defence,https://www.example.org/r/")
                        .append(source).append(',').append(first.plusDays(source));
            } else {
                csv.append(",,,,");
            }
            csv.append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long before = jdbc.sql("SELECT count(*) FROM contribution").query(Long.class).single();

        long start = System.nanoTime();
        Api.Response dryRun = new Api(port).as(TestUsers.COORDINATOR).post("/api/v1/imports/dry-run",
                new String(file, StandardCharsets.UTF_8), java.util.Map.of("Content-Type", "text/csv"));
        double dryRunSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().path("problemCount").asInt()).isZero();

        start = System.nanoTime();
        Api.Response imported = new Api(port).as(TestUsers.COORDINATOR).post("/api/v1/imports?wait=true&name=bench.csv",
                new String(file, StandardCharsets.UTF_8), java.util.Map.of("Content-Type", "text/csv"));
        // on a loaded machine the import may outlast the API's wait: follow it to its end
        String id = imported.json().path("id").asText();
        while (imported.status() == 202) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Api.Response now = new Api(port).as(TestUsers.COORDINATOR).get("/api/v1/imports/" + id);
            if (!now.json().path("status").asText().equals("RUNNING")) {
                imported = now;
                break;
            }
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(imported.json().path("status").asText()).as(imported.toString()).isEqualTo("IMPORTED");
        assertThat(jdbc.sql("SELECT count(*) FROM contribution").query(Long.class).single() - before).isEqualTo(rows);
        BigDecimal summed = jdbc.sql("""
                SELECT sum(pledged_amount) FROM contribution WHERE import_id = CAST(:id AS uuid) AND currency = 'EUR'""")
                .param("id", imported.json().path("id").asText()).query(BigDecimal.class).single();
        assertThat(summed).isEqualByComparingTo(eurPledged);
        BigDecimal inTotals = jdbc.sql("""
                SELECT sum(v.amount) FROM contribution_value v JOIN contribution c ON c.id = v.contribution_id
                WHERE c.import_id = CAST(:id AS uuid) AND v.stage = 'PLEDGED' AND v.target = 'EUR' AND c.currency = 'EUR'""")
                .param("id", imported.json().path("id").asText()).query(BigDecimal.class).single();
        assertThat(inTotals).isEqualByComparingTo(eurPledged);

        long claims = jdbc.sql("""
                SELECT count(*) FROM claim k JOIN contribution c ON c.id = k.contribution_id
                WHERE c.import_id = CAST(:id AS uuid)""").param("id", imported.json().path("id").asText())
                .query(Long.class).single();
        System.out.printf("BENCHMARK | %,d rows, %.1f MB CSV, %,d claims | dry run %.1f s | import (upload to commit) %.1f s%n",
                rows, file.length / 1e6, claims, dryRunSeconds, importSeconds);
        System.out.printf("BENCHMARK | %,d rows | EUR pledged in the file %s%n", rows, eurPledged.toPlainString());
    }
}
