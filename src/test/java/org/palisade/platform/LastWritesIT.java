package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A hot write's last writes reach the database together as it commits, or not at all. */
@PalisadeTest
class LastWritesIT {

    private static final String KEY = """
            INSERT INTO idempotency_key (scope, key, request_hash, created_at) VALUES (:scope, :key, 'h', :now)""";

    @Autowired
    LastWrites lastWrites;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private final String scope = "last writes " + UUID.randomUUID();

    private void key(String key) {
        lastWrites.write(KEY, Map.of("scope", scope, "key", key, "now", OffsetDateTime.now()));
    }

    private long keys() {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE scope = :scope").param("scope", scope)
                .query(Long.class).single();
    }

    @Test
    void heldWritesWaitForTheCommitAndArriveTogether() {
        long seenInside = tx.execute(status -> {
            lastWrites.holdForThisTransaction();
            key("a");
            key("b");
            key("c");
            return keys();
        });
        assertThat(seenInside).isZero();
        assertThat(keys()).isEqualTo(3);
    }

    @Test
    void aHeldWriteThatFailsRollsItsWholeTransactionBack() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            lastWrites.holdForThisTransaction();
            jdbc.sql(KEY).param("scope", scope).param("key", "sent at once").param("now", OffsetDateTime.now()).update();
            key("twice");
            key("twice");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(keys()).isZero();
    }

    @Test
    void withoutAHotWriteAWriteIsSentAtOnce() {
        long seenInside = tx.execute(status -> {
            key("now");
            return keys();
        });
        assertThat(seenInside).isEqualTo(1);
        key("outside any transaction");
        assertThat(keys()).isEqualTo(2);
    }
}
