package org.palisade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What flushing every commit to disk costs: two embedded servers side by side in one run, one with
 * Palisade's durable settings and one with fsync, synchronous commit and full-page writes off, each running
 * the schema migrations and single-row commits, in alternating rounds so that a busy machine slows both
 * alike. Prints figures for docs/BENCHMARKS.md; asserts only that every row was written. Run with:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DurabilityCostBenchmarkIT -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DurabilityCostBenchmarkIT {

    static final int ROUNDS = 4;
    static final int COMMITS = 300;

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

    @Test
    void flushingEveryCommitCostsOneDiskFlushPerCommit() throws Exception {
        try (EmbeddedPostgres durable = start("on"); EmbeddedPostgres volatileServer = start("off")) {
            for (int round = 1; round <= ROUNDS; round++) {
                double migrationsDurable = migrationMillis(durable, "round" + round);
                double migrationsVolatile = migrationMillis(volatileServer, "round" + round);
                double commitDurable = millisPerCommit(durable.getPostgresDatabase(), "round" + round);
                double commitVolatile = millisPerCommit(volatileServer.getPostgresDatabase(), "round" + round);
                System.out.printf("BENCHMARK | durability round %d | migrations: durable %.0f ms, fsync off %.0f ms | "
                        + "single-row commit: durable %.2f ms, fsync off %.2f ms%n", round, migrationsDurable,
                        migrationsVolatile, commitDurable, commitVolatile);
            }
        }
    }
}
