package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.platform.RecordChanged;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampers with the stored chain directly in PostgreSQL, as someone with database access would (triggers
 * switched off), and checks that the verification names exactly the entry touched. Each tampering happens in a
 * transaction that is rolled back, so the shared chain stays intact for every other test.
 */
@PalisadeTest
class TamperingIT {

    @Autowired AuditTrail trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    /** The sequence numbers of four consecutive changes of one package, oldest first. */
    List<Long> seq;

    @BeforeEach
    void fourSequencedChanges() {
        UUID pkg = new RecordedChanges(events, transactions).packageChangedTimes(4);
        trail.sequenceNow();
        seq = jdbc.sql("SELECT sequence FROM audit_entry WHERE record_id = :id ORDER BY sequence")
                .param("id", pkg).query(Long.class).list();
        assertThat(trail.verify().ok()).as("the chain is intact before tampering").isTrue();
    }

    @Test
    void anUpdatedFieldIsNamedAsAltered() {
        Verification result = afterTampering(sql -> sql.sql(
                "UPDATE audit_entry SET after = '{\"step\": 20}' WHERE sequence = :s").param("s", seq.get(1)).update());

        assertNamed(result, seq.get(1), Tampering.ALTERED);
        assertThat(result.firstBadEntryId()).isEqualTo(idAt(seq.get(1)));
    }

    @Test
    void anAlteredReasonIsNamedAsAlteredToo() {
        Verification result = afterTampering(sql -> sql.sql(
                "UPDATE audit_entry SET reason = 'approved by the board' WHERE sequence = :s").param("s", seq.get(2))
                .update());

        assertNamed(result, seq.get(2), Tampering.ALTERED);
    }

    @Test
    void aDeletedEntryIsNamedByItsMissingSequenceNumber() {
        Verification result = afterTampering(sql -> sql.sql("DELETE FROM audit_entry WHERE sequence = :s")
                .param("s", seq.get(1)).update());

        assertNamed(result, seq.get(1), Tampering.DELETED);
        assertThat(result.problem()).contains("entry " + seq.get(1) + " was deleted");
    }

    @Test
    void anEntryCutFromTheEndOfTheChainIsNamedThroughTheLastCheckpoint() {
        long head = jdbc.sql("SELECT max(sequence) FROM audit_entry").query(Long.class).single();

        Verification result = afterTampering(sql -> sql.sql("DELETE FROM audit_entry WHERE sequence = :s")
                .param("s", head).update());

        assertNamed(result, head, Tampering.DELETED);
        assertThat(result.checkedEntries()).isEqualTo(head - 1);
    }

    @Test
    void aForgedEntryInsertedWithAValidHashIsNamedAsInserted() {
        // The strongest forger who cannot rewrite the rest of the chain: knows the hash format, links the forged
        // entry to its predecessor and renumbers every later entry to make room.
        long at = seq.get(2);
        UUID forged = UUID.randomUUID();

        Verification result = afterTampering(sql -> {
            sql.sql("UPDATE audit_entry SET sequence = sequence + 1000000000 WHERE sequence >= :at").param("at", at)
                    .update();
            sql.sql("UPDATE audit_entry SET sequence = sequence - 999999999 WHERE sequence >= 1000000000").update();
            String link = sql.sql("SELECT hash FROM audit_entry WHERE sequence = :s").param("s", at - 1)
                    .query(String.class).single();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            ChainRow entry = new ChainRow(forged, now, "system", null, "contribution", UUID.randomUUID(), null,
                    "paid", null, "{\"amount\": \"1000000.00\"}", null, null, null, null, null).placed(at, link, now);
            sql.sql("""
                    INSERT INTO audit_entry (id, occurred_at, actor, record_type, record_id, action, after,
                                             sequence, prev_hash, hash, sequenced_at)
                    VALUES (:id, :at, :actor, :type, :record, :action, CAST(:after AS jsonb), :seq, :prev, :hash, :at)""")
                    .param("id", forged).param("at", now.atOffset(ZoneOffset.UTC)).param("actor", entry.actor())
                    .param("type", entry.recordType()).param("record", entry.recordId())
                    .param("action", entry.action()).param("after", entry.after()).param("seq", at)
                    .param("prev", entry.prevHash()).param("hash", entry.hash()).update();
        });

        assertNamed(result, at, Tampering.INSERTED);
        assertThat(result.firstBadEntryId()).isEqualTo(forged);
    }

    @Test
    void aForgedEntryAppendedAfterTheHeadIsNamedBecauseNoCheckpointCoversIt() {
        long head = jdbc.sql("SELECT max(sequence) FROM audit_entry").query(Long.class).single();
        UUID forged = UUID.randomUUID();

        Verification result = afterTampering(sql -> {
            String link = sql.sql("SELECT hash FROM audit_entry WHERE sequence = :s").param("s", head)
                    .query(String.class).single();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            ChainRow entry = new ChainRow(forged, now, "system", null, "contribution", UUID.randomUUID(), null,
                    "paid", null, null, null, null, null, null, null).placed(head + 1, link, now);
            sql.sql("""
                    INSERT INTO audit_entry (id, occurred_at, actor, record_type, record_id, action,
                                             sequence, prev_hash, hash, sequenced_at)
                    VALUES (:id, :at, 'system', 'contribution', :record, 'paid', :seq, :prev, :hash, :at)""")
                    .param("id", forged).param("at", now.atOffset(ZoneOffset.UTC)).param("record", entry.recordId())
                    .param("seq", head + 1).param("prev", link).param("hash", entry.hash()).update();
        });

        assertNamed(result, head + 1, Tampering.INSERTED);
        assertThat(result.firstBadEntryId()).isEqualTo(forged);
    }

    @Test
    void twoEntriesWithSwappedSequenceNumbersNameTheFirstAsReordered() {
        long first = seq.get(1);
        long second = seq.get(2);
        UUID movedForward = idAt(second);

        Verification result = afterTampering(sql -> {
            // three steps: a unique constraint is checked row by row, so a one-statement swap would collide
            sql.sql("UPDATE audit_entry SET sequence = 999999999999 WHERE sequence = :s").param("s", first).update();
            sql.sql("UPDATE audit_entry SET sequence = :to WHERE sequence = :s").param("to", first)
                    .param("s", second).update();
            sql.sql("UPDATE audit_entry SET sequence = :to WHERE sequence = 999999999999").param("to", second)
                    .update();
        });

        assertNamed(result, first, Tampering.REORDERED);
        assertThat(result.firstBadEntryId()).isEqualTo(movedForward);
    }

    @Test
    void theSequencerWillNotExtendAChainWhoseHeadNoLongerMatchesItsCheckpoint() {
        long head = jdbc.sql("SELECT max(sequence) FROM audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("DELETE FROM audit_entry WHERE sequence = :s").param("s", head).update();
            events.publishEvent(new RecordChanged("package", UUID.randomUUID(), null, "opened", null,
                    Map.of("status", "OPEN"), null));
            trail.sequenceNow();
        })).isInstanceOf(Sequencer.ChainRefused.class).hasMessageContaining("last checkpoint records entry " + head);
    }

    /** Runs the tampering with triggers off, verifies inside the same transaction, then rolls everything back. */
    private Verification afterTampering(Consumer<JdbcClient> tampering) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            // what a superuser can do: skip the append-only triggers; the chain is what must still tell
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            tampering.accept(jdbc);
            return trail.verify();
        });
    }

    private UUID idAt(long sequence) {
        return jdbc.sql("SELECT id FROM audit_entry WHERE sequence = :s").param("s", sequence).query(UUID.class)
                .single();
    }

    private static void assertNamed(Verification result, long sequence, Tampering kind) {
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadSequence()).as(result.problem()).isEqualTo(sequence);
        assertThat(result.tampering()).as(result.problem()).isEqualTo(kind);
    }
}
