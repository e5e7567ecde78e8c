package org.palisade.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes Idempotency-Keys older than their lifetime, a small batch per transaction, so that the table stays
 * as large as a day of requests. Every instance may run it: a batch skips rows another one is deleting.
 * A key that is still there after its lifetime is already treated as new ({@link Idempotency}).
 */
@Component
class IdempotencyCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyCleanup(JdbcClient jdbc, TransactionTemplate tx, IdempotencyProperties properties,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::deleteExpired, properties.cleanupInterval());
    }

    /** Deletes every expired key, batch by batch; returns how many. */
    int deleteExpired() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(properties.lifetime()), ZoneOffset.UTC);
        int total = 0;
        int deleted;
        do {
            deleted = tx.execute(status -> jdbc.sql("""
                    DELETE FROM idempotency_key WHERE (scope, key) IN (
                        SELECT scope, key FROM idempotency_key WHERE created_at < :cutoff
                        ORDER BY created_at LIMIT :batch FOR UPDATE SKIP LOCKED)""")
                    .param("cutoff", cutoff).param("batch", properties.cleanupBatch()).update());
            total += deleted;
        } while (deleted == properties.cleanupBatch());
        if (total > 0) {
            log.info("Deleted {} Idempotency-Keys older than {}", total, properties.lifetime());
        }
        return total;
    }
}
