package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What flushing every commit to disk costs: two embedded servers side by side in one run, one with
 * Palisade's durable settings and one with fsync, synchronous commit and full-page writes off (each checked
 * with {@code SHOW} on the running server, so a figure is never labelled with a setting the server did not
 * run with), each running the schema migrations, single-row commits one after the other (the latency of a
 * commit) and from 8 writers at once (the throughput, where concurrent commits share a flush), in
 * alternating rounds so that a busy machine slows both alike. Prints each figure and the durable/volatile
 * ratio for docs/BENCHMARKS.md; asserts only the settings and that every row was written. Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DurabilityCostBenchmarkIT -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DurabilityCostBenchmarkIT {

    static final int ROUNDS = 4;
    static final int COMMITS = 300;
    static final int WRITERS = 8;
    static final int COMMITS_PER_WRITER = 250;

    private static EmbeddedPostgres start(String setting) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("durability-cost-"))
                .setCleanDataDirectory(true).setServerConfig("fsync", setting)
                .setServerConfig("synchronous_commit", setting).setServerConfig("full_page_writes", setting).start();
    }

    private static double migrationMillis(EmbeddedPostgres server, String database) {
        JdbcClient.create(server.getPostgresDatabase()).sql("CREATE DATABASE " + database).update();
        long start = System.nanoTime();
        Flyway.configure().dataSource(server.getDatabase("postgres", database)).locations("classpath:db/migration")
                .load().migrate();
        return (System.nanoTime() - start) / 1e6;
    }

    /** On one connection, as a pooled application commits: connecting would cost more than the commit. */
    private static double millisPerCommit(DataSource server, String table) throws Exception {
        try (Connection connection = server.getConnection()) {
            return millisPerCommit(JdbcClient.create(new SingleConnectionDataSource(connection, true)), table);
        }
    }

    private static double millisPerCommit(JdbcClient jdbc, String table) {
        jdbc.sql("CREATE TABLE " + table + " (id serial PRIMARY KEY, note text)").update();
        long start = System.nanoTime();
        for (int i = 0; i < COMMITS; i++) {
            jdbc.sql("INSERT INTO " + table + " (note) VALUES (:note)").param("note", "commit " + i).update();
        }
        double millis = (System.nanoTime() - start) / 1e6 / COMMITS;
        assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single()).isEqualTo(COMMITS);
        return millis;
    }

    /** Commits per second of {@code WRITERS} connections committing single rows at once. */
    private static double commitsPerSecond(DataSource server, String table) throws Exception {
        JdbcClient.create(server).sql("CREATE TABLE " + table + " (id serial PRIMARY KEY, note text)").update();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(() -> {
                    try (Connection connection = server.getConnection()) {
                        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                        for (int i = 0; i < COMMITS_PER_WRITER; i++) {
                            jdbc.sql("INSERT INTO " + table + " (note) VALUES ('concurrent')").update();
                        }
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(JdbcClient.create(server).sql("SELECT count(*) FROM " + table).query(Integer.class).single())
                    .isEqualTo(WRITERS * COMMITS_PER_WRITER);
            return WRITERS * COMMITS_PER_WRITER / seconds;
        } finally {
            pool.shutdown();
        }
    }

    private static void assertSettings(EmbeddedPostgres server, String expected) {
        JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertThat(jdbc.sql("SHOW " + setting).query(String.class).single()).as(setting).isEqualTo(expected);
        }
    }

    @Test
    void flushingEveryCommitCostsOneDiskFlushPerCommit() throws Exception {
        try (EmbeddedPostgres durable = start("on"); EmbeddedPostgres volatileServer = start("off")) {
            assertSettings(durable, "on");
            assertSettings(volatileServer, "off");
            for (int round = 1; round <= ROUNDS; round++) {
                double migrationsDurable = migrationMillis(durable, "round" + round);
                double migrationsVolatile = migrationMillis(volatileServer, "round" + round);
                double commitDurable = millisPerCommit(durable.getPostgresDatabase(), "round" + round);
                double commitVolatile = millisPerCommit(volatileServer.getPostgresDatabase(), "round" + round);
                double throughputDurable = commitsPerSecond(durable.getPostgresDatabase(), "writers" + round);
                double throughputVolatile = commitsPerSecond(volatileServer.getPostgresDatabase(), "writers" + round);
                System.out.printf("BENCHMARK | durability round %d | migrations: durable %.0f ms, fsync off %.0f ms | "
                        + "single-row commit: durable %.2f ms, fsync off %.2f ms (x%.1f) | %d writers: durable %.0f, "
                        + "fsync off %.0f commits/s (durable = %.0f%%)%n", round, migrationsDurable, migrationsVolatile,
                        commitDurable, commitVolatile, commitDurable / commitVolatile, WRITERS, throughputDurable,
                        throughputVolatile, 100 * throughputDurable / throughputVolatile);
            }
        }
    }
}
