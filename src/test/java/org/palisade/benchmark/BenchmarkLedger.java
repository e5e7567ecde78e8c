package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The large ledger the benchmarks measure on: six nations, {@value #PACKAGES} open packages, rates per working
 * day, and contributions inserted with SQL in bulk, with their stages converted by the application's own SQL
 * functions and the summary rows they add up to, set-based (as pledging them one by one would have left them).
 */
final class BenchmarkLedger {

    static final int PACKAGES = 500;

    private final JdbcClient jdbc;

    BenchmarkLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nations, rates and packages; answers the nations, in the order {@link #fill} uses them. */
    List<UUID> seed(Fixtures fixtures) {
        UUID owner = fixtures.coordinator();
        List<UUID> nations = new ArrayList<>();
        for (String code : List.of("NLD", "DEU", "DNK", "CAN", "NOR", "SWE")) {
            nations.add(fixtures.contributor(code));
        }
        fixtures.usdRates();
        // a rate per working day for USD and GBP from 2022 on; CHF has none, so some money waits for a rate
        jdbc.sql("""
                INSERT INTO exchange_rate (currency, rate_date, units_per_eur, source)
                SELECT c, d, CASE c WHEN 'USD' THEN 1.05 + (extract(doy FROM d) % 20) / 100.0
                                    ELSE 0.84 + (extract(doy FROM d) % 7) / 100.0 END, 'benchmark'
                FROM generate_series(DATE '2022-01-03', DATE '2026-11-30', INTERVAL '1 day') d,
                     unnest(ARRAY['USD', 'GBP']) c
                WHERE extract(isodow FROM d) < 6
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO aid_package (id, name, target_amount, target_currency, status, owner_id, disclosure, created_at)
                SELECT gen_random_uuid(), 'Bench ' || g, 500000000, 'USD', 'OPEN', :owner, 'PUBLIC', now()
                FROM generate_series(1, :n) g""").param("owner", owner).param("n", PACKAGES).update();

        return nations;
    }

    /**
     * Inserts contributions {@code from+1 .. from+n}, their contributors, their stages converted as the
     * application converts them (same {@code units_per_eur} and {@code converted_amount}, the rate of each
     * currency and day looked up once), and adds them to the summary rows, each step one set-based statement.
     * With {@code publicDays}, the public ledger's daily rows too; else they are left as they are.
     */
    void fill(int from, int n, List<UUID> nations, boolean publicDays) {
        jdbc.sql("CREATE UNLOGGED TABLE IF NOT EXISTS bench_fill (id uuid PRIMARY KEY)").update();
        jdbc.sql("TRUNCATE bench_fill").update();
        long start = System.nanoTime();
        jdbc.sql("""
                WITH p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM aid_package WHERE name LIKE 'Bench %'),
                inserted AS (
                INSERT INTO contribution (id, package_id, owner_id, earmark, disclosure, announced_on, currency, stage,
                                          pledged_amount, pledged_on, committed_amount, committed_on, paid_amount,
                                          paid_on, created_at)
                SELECT gen_random_uuid(), p.id,
                       (CAST(:nations AS uuid[]))[1 + g % 6],
                       (ARRAY['AIR_AND_MISSILE_DEFENCE','ARTILLERY_AMMUNITION','DRONES_AND_COUNTER_DRONE',
                              'ARMOUR_AND_VEHICLES', NULL])[1 + g % 5],
                       (ARRAY['PUBLIC','COALITION','CONFIDENTIAL'])[1 + g % 3], d,
                       CASE WHEN g % 100000 = 7 THEN 'CHF' ELSE (ARRAY['EUR','USD','GBP'])[1 + g % 3] END,
                       CASE g % 4 WHEN 0 THEN 'PAID' WHEN 1 THEN 'COMMITTED' ELSE 'PLEDGED' END,
                       1000000 + g, d,
                       CASE WHEN g % 4 IN (0, 1) THEN 900000 + g END, CASE WHEN g % 4 IN (0, 1) THEN d + 30 END,
                       CASE WHEN g % 4 = 0 THEN 500000 + g END, CASE WHEN g % 4 = 0 THEN d + 90 END, now()
                FROM generate_series(:from + 1, :from + :n) g
                CROSS JOIN LATERAL (SELECT DATE '2023-01-02' + (g % 1000) AS d) dates
                JOIN p ON p.r = g % :packages
                RETURNING id)
                INSERT INTO bench_fill SELECT id FROM inserted""")
                .param("packages", PACKAGES).param("nations", nations.toArray(UUID[]::new))
                .param("from", from).param("n", n).update();
        step("contributions", start);
        // the lead, and for every sixth contribution the next nation too (a joint one)
        start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO contribution_contributor (contribution_id, organisation_id, position)
                SELECT c.id, u.organisation_id, u.position
                FROM bench_fill f JOIN contribution c ON c.id = f.id
                CROSS JOIN LATERAL (VALUES (c.owner_id, 0),
                    ((CAST(:nations AS uuid[]))[1 + (array_position(CAST(:nations AS uuid[]), c.owner_id) % 6)], 1)) u
                    (organisation_id, position)
                WHERE u.position = 0 OR get_byte(uuid_send(c.id), 3) % 6 = 0""")
                .param("nations", nations.toArray(UUID[]::new)).update();
        step("contributors", start);
        start = System.nanoTime();
        jdbc.sql("DROP TABLE IF EXISTS bench_rate").update();
        jdbc.sql("""
                CREATE UNLOGGED TABLE bench_rate AS
                SELECT c AS currency, CAST(d AS date) AS day, units_per_eur(c, CAST(d AS date)) AS per_eur
                FROM unnest(ARRAY['EUR', 'USD', 'GBP', 'CHF']) c,
                     generate_series(DATE '2023-01-02', DATE '2023-01-02' + 1100, INTERVAL '1 day') d""").update();
        jdbc.sql("ALTER TABLE bench_rate ADD PRIMARY KEY (currency, day)").update();
        jdbc.sql("""
                INSERT INTO contribution_value (contribution_id, stage, target, currency, original, stage_on, amount,
                                                source_per_eur, target_per_eur)
                SELECT c.id, s.stage, t.target, c.currency, s.original, s.stage_on,
                       CASE WHEN c.currency = t.target THEN s.original
                            ELSE converted_amount(s.original, sr.per_eur, tr.per_eur, 2) END,
                       CASE WHEN c.currency = t.target THEN NULL ELSE sr.per_eur END,
                       CASE WHEN c.currency = t.target THEN NULL ELSE tr.per_eur END
                FROM bench_fill f JOIN contribution c ON c.id = f.id
                CROSS JOIN LATERAL (VALUES ('PLEDGED', c.pledged_amount, c.pledged_on),
                                           ('COMMITTED', c.committed_amount, c.committed_on),
                                           ('PAID', c.paid_amount, c.paid_on)) s (stage, original, stage_on)
                CROSS JOIN (VALUES ('EUR'), ('USD')) t (target)
                JOIN bench_rate sr ON sr.currency = c.currency AND sr.day = s.stage_on
                JOIN bench_rate tr ON tr.currency = t.target AND tr.day = s.stage_on
                WHERE s.original IS NOT NULL""").update();
        step("converted stages", start);
        start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO contribution_total AS t (stage, target, year, program, earmark, category, contributor_ids,
                                                     disclosure, slot, amount, contributions)
                SELECT v.stage, v.target, CAST(extract(YEAR FROM c.announced_on) AS integer), c.program, c.earmark,
                       c.category, cc.ids, c.disclosure, contribution_slot(c.id), sum(v.amount), count(*)
                FROM bench_fill f JOIN contribution c ON c.id = f.id
                JOIN contribution_value v ON v.contribution_id = c.id
                JOIN (SELECT cc.contribution_id, array_agg(cc.organisation_id ORDER BY cc.position) AS ids
                      FROM bench_fill f2 JOIN contribution_contributor cc ON cc.contribution_id = f2.id
                      GROUP BY cc.contribution_id) cc ON cc.contribution_id = c.id
                WHERE v.amount IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
                ON CONFLICT ON CONSTRAINT contribution_total_key DO UPDATE
                   SET amount = t.amount + EXCLUDED.amount, contributions = t.contributions + EXCLUDED.contributions""")
                .update();
        step("summary rows", start);
        start = System.nanoTime();
        jdbc.sql("SELECT rebuild_package_funding(NULL)").query(Long.class).single();
        step("package sums (rebuild_package_funding)", start);
        start = System.nanoTime();
        if (publicDays) {
            // the public stages with their stored keys, as the migration fills them, then the yearly and daily
            // rows added up from them as a recorded membership works them out
            jdbc.sql("SELECT fill_contribution_public_stages()").query(Long.class).single();
            step("public stages (fill_contribution_public_stages)", start);
            start = System.nanoTime();
            jdbc.sql("SELECT rebuild_contribution_public_days()").query(Long.class).single();
            step("public yearly and daily rows (rebuild_contribution_public_days)", start);
            start = System.nanoTime();
        }
        jdbc.sql("VACUUM ANALYZE").update();
        step("vacuum and analyse", start);
    }

    static void step(String what, long start) {
        System.out.printf("BENCHMARK | fill: %s | %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    static Supplier<Api.Response> conditional(Api api, String path) {
        String etag = api.get(path).raw().headers().firstValue("ETag").orElseThrow();
        return () -> api.send("GET", path, null, Map.of("If-None-Match", etag));
    }

    static void report(int size, String what, int runs, Supplier<Api.Response> call) {
        for (int i = 0; i < 5; i++) {
            call.get(); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Api.Response r = call.get();
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(r.status()).as(r.body()).isIn(200, 201, 304);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK | %,d | %s | runs %d | median %.1f ms | p95 %.1f ms%n", size, what, runs,
                millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1));
    }
}
