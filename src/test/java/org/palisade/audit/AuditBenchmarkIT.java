package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.palisade.platform.RecordChanged;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures for docs/BENCHMARKS.md; runs only when asked:
 * {@code ./mvnw -B -ntp verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuditBenchmarkIT -Dbenchmark=true}
 */
@PalisadeTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AuditBenchmarkIT {

    private static final int WRITERS = 8;
    private static final int CHANGES_PER_WRITER = 500;
    private static final int QUEUED = 100_000;

    @Autowired AuditTrail trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private double changesPerSecond(int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < CHANGES_PER_WRITER; i++) {
                    transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged("contribution",
                            UUID.randomUUID(), null, "committed", Map.of("stage", "PLEDGED"),
                            Map.of("stage", "COMMITTED", "amount", "500000000.00"), null)));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return writers * CHANGES_PER_WRITER / ((System.nanoTime() - start) / 1e9);
    }

    @Test
    void concurrentWritersSequencingAndVerification() throws Exception {
        // 1. writers, each change in its own committed transaction, as a module would make it; one writer,
        // then several: without a global lock, several commit more per second (PostgreSQL groups their fsyncs)
        changesPerSecond(2); // warm-up: JIT, connection pool
        double oneWriter = changesPerSecond(1);
        double manyWriters = changesPerSecond(WRITERS);
        trail.sequenceNow();

        // 2. a queue of unsequenced entries, written in one statement, then chained
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, record_type, record_id, action, before, after)
                SELECT gen_random_uuid(), clock_timestamp(), 'system', 'contribution', gen_random_uuid(), 'committed',
                       '{"stage": "PLEDGED"}', jsonb_build_object('stage', 'COMMITTED', 'amount', g::text)
                FROM generate_series(1, :n) g""").param("n", QUEUED).update();
        // the scheduled sequencer works on the queue too (batch by batch, whoever holds the lock): time until
        // nothing is left unsequenced
        long start = System.nanoTime();
        trail.sequenceNow();
        while (jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence IS NULL").query(Long.class).single() > 0) {
            Thread.sleep(5);
        }
        double sequenceSeconds = (System.nanoTime() - start) / 1e9;
        int sequenced = QUEUED;

        // 3. verification of the whole chain
        start = System.nanoTime();
        Verification verification = trail.verify();
        double verifySeconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("%nAUDIT BENCHMARK%n"
                + "writers, %d changes each, one transaction per change: 1 thread %.0f changes/s, %d threads %.0f changes/s%n"
                + "sequencing: %d queued entries in %.2f s: %.0f entries/s%n"
                + "verification: %d entries in %.2f s: %.0f entries/s%n%n",
                CHANGES_PER_WRITER, oneWriter, WRITERS, manyWriters,
                sequenced, sequenceSeconds, sequenced / sequenceSeconds,
                verification.checkedEntries(), verifySeconds, verification.checkedEntries() / verifySeconds);
        assertThat(verification.ok()).as(verification.problem()).isTrue();
        assertThat(verification.checkedEntries()).isGreaterThanOrEqualTo(QUEUED + (1 + 2 + WRITERS) * CHANGES_PER_WRITER);
    }
}
