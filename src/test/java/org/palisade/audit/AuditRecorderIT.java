package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.platform.RecordChanged;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@PalisadeTest
class AuditRecorderIT {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aCommittedChangeLeavesOneUnsequencedEntryWithWhoWhatAndBothStates() {
        UUID contribution = UUID.randomUUID();
        UUID netherlands = UUID.randomUUID();

        transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged("contribution",
                contribution, netherlands, "committed", Map.of("stage", "PLEDGED"),
                Map.of("stage", "COMMITTED", "amount", new BigDecimal("500000000.00")), "signed by the minister")));

        Map<String, Object> entry = jdbc.sql("""
                SELECT actor, record_type, owner_organisation_id, action, before ->> 'stage' AS before_stage,
                       after ->> 'stage' AS after_stage, after ->> 'amount' AS amount, reason, sequence
                FROM audit_entry WHERE record_id = :id""").param("id", contribution).query().singleRow();
        assertThat(entry).containsEntry("actor", "system").containsEntry("record_type", "contribution")
                .containsEntry("owner_organisation_id", netherlands).containsEntry("action", "committed")
                .containsEntry("before_stage", "PLEDGED").containsEntry("after_stage", "COMMITTED")
                .containsEntry("amount", "500000000.00").containsEntry("reason", "signed by the minister");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEntry() {
        UUID contribution = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new RecordChanged("contribution", contribution, null, "created", null,
                    Map.of("stage", "PLEDGED"), null));
            status.setRollbackOnly();
        });

        assertThat(entriesFor(contribution)).isZero();
    }

    @Test
    void aChangeThatFailsAfterItsEntryWasWrittenTakesTheEntryWithIt() {
        UUID contribution = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new RecordChanged("contribution", contribution, null, "created", null,
                    Map.of("stage", "PLEDGED"), null));
            throw new IllegalStateException("the change failed after publishing");
        })).hasMessageContaining("failed after publishing");

        assertThat(entriesFor(contribution)).isZero();
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefused() {
        UUID contribution = UUID.randomUUID();

        assertThatThrownBy(() -> events.publishEvent(new RecordChanged("contribution", contribution, null,
                "created", null, Map.of("stage", "PLEDGED"), null)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(entriesFor(contribution)).isZero();
    }

    @Test
    void anEntryCannotBeChangedOrDeletedThroughPlainSql() {
        UUID contribution = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged("contribution",
                contribution, null, "created", null, Map.of("stage", "PLEDGED"), null)));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'nobody' WHERE record_id = :id")
                .param("id", contribution).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE record_id = :id")
                .param("id", contribution).update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE record_id = :id").param("id", contribution)
                .query(String.class).single()).isEqualTo("system");
    }

    private long entriesFor(UUID recordId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_id = :id").param("id", recordId)
                .query(Long.class).single();
    }
}
