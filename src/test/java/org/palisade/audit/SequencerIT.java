package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PalisadeTest
class SequencerIT {

    @Autowired AuditTrail trail;
    @Autowired Sequencer sequencer;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired AuditRepository repository;
    @Autowired ObjectProvider<Clock> clock;

    @Test
    void sequencingGivesConsecutiveNumbersEachLinkedToTheHashBeforeIt() {
        UUID pkg = changes().packageChangedTimes(5);

        trail.sequenceNow();

        List<ChainRow> mine = jdbc.sql("SELECT " + AuditRepository.COLUMNS
                + " FROM audit_entry WHERE record_id = :id ORDER BY sequence").param("id", pkg)
                .query(AuditRepository::row).list();
        assertThat(mine).hasSize(5).allSatisfy(e -> assertThat(e.contentIntact()).isTrue());
        for (int i = 1; i < mine.size(); i++) {
            assertThat(mine.get(i).sequence()).isEqualTo(mine.get(i - 1).sequence() + 1);
            assertThat(mine.get(i).prevHash()).isEqualTo(mine.get(i - 1).hash());
        }
        assertThat(mine).extracting(ChainRow::after).containsExactly("{\"step\": 1}", "{\"step\": 2}",
                "{\"step\": 3}", "{\"step\": 4}", "{\"step\": 5}");
    }

    @Test
    void eachBatchEndsWithACheckpointOfTheHead() {
        changes().packageChangedTimes(2);

        trail.sequenceNow();

        var head = jdbc.sql("SELECT sequence, hash FROM audit_entry ORDER BY sequence DESC NULLS LAST LIMIT 1")
                .query().singleRow();
        var checkpoint = jdbc.sql("SELECT sequence, head_hash FROM audit_checkpoint ORDER BY sequence DESC LIMIT 1")
                .query().singleRow();
        assertThat(checkpoint.get("sequence")).isEqualTo(head.get("sequence"));
        assertThat(checkpoint.get("head_hash")).isEqualTo(head.get("hash"));
    }

    @Test
    void aSequencedChainVerifiesAsIntact() {
        changes().packageChangedTimes(3);

        trail.sequenceNow();
        Verification verification = trail.verify();

        assertThat(verification.ok()).as(verification.problem()).isTrue();
        assertThat(verification.firstBadSequence()).isNull();
        assertThat(verification.checkedEntries()).isEqualTo(verification.headSequence()).isGreaterThanOrEqualTo(3);
        assertThat(verification.unsequencedOverdue()).isZero();
    }

    @Test
    void theScheduledSequencerPlacesNewEntriesWithinTheMergeDelay() {
        UUID pkg = changes().packageChangedTimes(1);

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc
                .sql("SELECT sequence IS NOT NULL FROM audit_entry WHERE record_id = :id").param("id", pkg)
                .query(Boolean.class).single());
    }

    @Test
    void anInstanceThatDoesNotHoldTheAdvisoryLockDoesNotSequence() throws Exception {
        try (Connection leader = dataSource.getConnection()) {
            leader.setAutoCommit(false);
            try (PreparedStatement lock = leader.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, AuditRepository.SEQUENCER_LOCK);
                lock.execute();
            }
            UUID pkg = changes().packageChangedTimes(1);

            int placed = sequencer.sequenceIfLeader();

            assertThat(placed).isZero();
            assertThat(jdbc.sql("SELECT sequence FROM audit_entry WHERE record_id = :id").param("id", pkg)
                    .query(Long.class).optional()).isEmpty();
            leader.rollback();
            trail.sequenceNow();
            assertThat(jdbc.sql("SELECT sequence FROM audit_entry WHERE record_id = :id").param("id", pkg)
                    .query(Long.class).optional()).isPresent();
        }
    }

    @Test
    void aLongQueueIsSequencedInBatchesEachEndingWithItsCheckpoint() {
        trail.sequenceNow();
        long checkpointsBefore = checkpoints();
        Sequencer twoAtATime = new Sequencer(repository, transactions,
                new AuditProperties(Duration.ofSeconds(1), 2, false), clock);
        // one transaction, so that the scheduled sequencer cannot take these entries first
        UUID[] pkg = new UUID[1];
        int placed = transactions.execute(status -> {
            pkg[0] = changes().packageChangedTimes(5);
            return twoAtATime.sequenceAll();
        });

        assertThat(placed).isEqualTo(5);
        // 2 + 2 + 1: three batches, three checkpoints, and the chain joins across them
        assertThat(checkpoints() - checkpointsBefore).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_id = :id AND sequence IS NOT NULL")
                .param("id", pkg[0]).query(Long.class).single()).isEqualTo(5);
        assertThat(trail.verify().ok()).isTrue();
    }

    private long checkpoints() {
        return jdbc.sql("SELECT count(*) FROM audit_checkpoint").query(Long.class).single();
    }

    private RecordedChanges changes() {
        return new RecordedChanges(events, transactions);
    }
}
