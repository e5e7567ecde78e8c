package org.palisade.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.imports.ImportFiles.csv;
import static org.palisade.imports.ImportFiles.uniqueCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * No import stays RUNNING: whatever stops it (an Error such as running out of memory, an interruption, the
 * process ending while it runs) ends it FAILED with its reason on the page and in the API, nothing imported, and
 * the worker ready for the next import. A running import keeps its heartbeat during a long step. (ImportPagesIT
 * shows such a reason on the import's page.)
 */
@PalisadeTest
class ImportFailuresIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ImportRunner runner;
    @Autowired
    ImportHeartbeat heartbeat;

    String nation;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
        nation = uniqueCode();
        fixtures.contributor(nation);
    }

    @AfterEach
    void readRowsAsAlways() {
        runner.readRowsWith(null);
    }

    byte[] file(int amount) {
        return csv(nation + "," + amount + ",EUR,pledged,2025-08-04,,,public,,,,");
    }

    Api.Response importing(byte[] file) {
        return ImportFiles.send(port, TestUsers.COORDINATOR, "/api/v1/imports?wait=true&name=file.csv", "text/csv",
                file);
    }

    JsonNode jobOf(byte[] file) {
        UUID id = jdbc.sql("SELECT id FROM contribution_import WHERE digest = :d ORDER BY number DESC LIMIT 1")
                .param("d", FileCheck.digest(file)).query(UUID.class).single();
        return new Api(port).as(TestUsers.COORDINATOR).get("/api/v1/imports/" + id).json();
    }

    long contributions() {
        return jdbc.sql("""
                SELECT count(*) FROM contribution_contributor cc JOIN organisation o ON o.id = cc.organisation_id
                WHERE o.code = :code""").param("code", nation).query(Long.class).single();
    }

    @Test
    void anErrorOfTheServerEndsTheImportFailedWithItsNameAndTheWorkerGoesOn() {
        List<Supplier<Error>> errors = List.of(() -> new OutOfMemoryError("Java heap space"), StackOverflowError::new);
        int amount = 100;
        for (Supplier<Error> error : errors) {
            runner.readRowsWith((content, organisations, today, progress) -> {
                throw error.get();
            });
            byte[] file = file(amount++);

            Api.Response refused = importing(file);

            String name = error.get().getClass().getSimpleName();
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.body()).contains("the import stopped on a server error (" + name + ")");
            JsonNode job = jobOf(file);
            assertThat(job.path("status").asText()).isEqualTo("FAILED");
            assertThat(job.path("problems").get(0).path("message").asText())
                    .isEqualTo("the import stopped on a server error (" + name + "); nothing was imported");
            assertThat(page(job)).contains("The import stopped on an error of the server (" + name + ")");
        }
        assertThat(contributions()).isZero();

        runner.readRowsWith(null);
        Api.Response next = importing(file(amount));
        assertThat(next.status()).as("the worker survived the errors: " + next).isEqualTo(201);
        assertThat(contributions()).isEqualTo(1);
    }

    @Test
    void anInterruptedImportEndsFailedAsInterruptedAndTheWorkerGoesOn() {
        runner.readRowsWith((content, organisations, today, progress) -> {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading stopped", new InterruptedException());
        });
        byte[] file = file(7);

        Api.Response refused = importing(file);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode job = jobOf(file);
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("problems").get(0).path("message").asText()).startsWith("the import was interrupted");
        assertThat(page(job)).contains("The import was interrupted: the server running it was stopping.");

        runner.readRowsWith(null);
        assertThat(importing(file).status()).as("the file is free again and the worker goes on").isEqualTo(201);
        assertThat(contributions()).isEqualTo(1);
    }

    @Test
    void anImportLeftRunningByAProcessThatStoppedIsGivenUpWhenRead() {
        byte[] file = file(11);
        UUID id = leftRunning(file, Instant.now().minusSeconds(3600));

        JsonNode job = new Api(port).as(TestUsers.COORDINATOR).get("/api/v1/imports/" + id).json();

        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("finishedAt").isNull()).isFalse();
        assertThat(job.path("problems").get(0).path("message").asText())
                .isEqualTo("the import was interrupted: the process running it stopped; nothing was imported");
        assertThat(page(job)).contains("the server running it stopped (a restart or a crash)");
        // its file may be imported again, and is, once
        assertThat(importing(file).status()).isEqualTo(201);
        assertThat(contributions()).isEqualTo(1);
    }

    @Test
    void atStartImportsWithoutAHeartbeatAreGivenUpAndLiveOnesAreLeftAlone() {
        UUID dead = leftRunning(file(12), Instant.now().minusSeconds(3600));
        UUID alive = leftRunning(file(13), Instant.now());

        assertThat(heartbeat.giveUpStale()).isGreaterThanOrEqualTo(1);

        assertThat(status(dead)).isEqualTo("FAILED");
        assertThat(status(alive)).isEqualTo("RUNNING");
        jdbc.sql("DELETE FROM contribution_import WHERE id = :id").param("id", alive).update();
    }

    @Test
    void aRunningImportKeepsItsHeartbeatDuringALongStep() {
        Instant[] seen = new Instant[2];
        runner.readRowsWith((content, organisations, today, progress) -> {
            // a step that tells no progress, as one long statement does: only the heartbeat renews the row
            UUID id = jdbc.sql("SELECT id FROM contribution_import WHERE digest = :d")
                    .param("d", FileCheck.digest(content)).query(UUID.class).single();
            seen[0] = updatedAt(id);
            long until = System.nanoTime() + 40_000_000_000L;
            while (System.nanoTime() < until && !updatedAt(id).isAfter(seen[0])) {
                pause();
            }
            seen[1] = updatedAt(id);
            return FileCheck.check(content, organisations, today, progress);
        });

        Api.Response imported = importing(file(14));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(seen[1]).as("heartbeat renewed the running import").isAfter(seen[0]);
    }

    UUID leftRunning(byte[] file, Instant lastSign) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.ofInstant(lastSign, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO contribution_import (id, digest, file_name, format, status, phase, rows_total, rows_done,
                                                 started_by, started_at, updated_at)
                VALUES (:id, :d, 'left.csv', 'CSV', 'RUNNING', 'WRITING', 1, 0, :by, :at, :at)""")
                .param("id", id).param("d", FileCheck.digest(file)).param("by", TestUsers.COORDINATOR)
                .param("at", at).update();
        return id;
    }

    String status(UUID id) {
        return jdbc.sql("SELECT status FROM contribution_import WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    Instant updatedAt(UUID id) {
        return jdbc.sql("SELECT updated_at FROM contribution_import WHERE id = :id").param("id", id)
                .query(OffsetDateTime.class).single().toInstant();
    }

    /** What the import's page says of it in English (worded when it failed, stored with it). */
    String page(JsonNode job) {
        return jdbc.sql("SELECT problems -> 0 -> 'said' ->> 'en' FROM contribution_import WHERE id = CAST(:id AS uuid)")
                .param("id", job.path("id").asText()).query(String.class).single();
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
