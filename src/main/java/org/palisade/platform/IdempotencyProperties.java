package org.palisade.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an Idempotency-Key is remembered.
 *
 * @param lifetime        after this long a key is forgotten: the same key again is a new request
 * @param cleanupInterval how often each instance deletes forgotten keys
 * @param cleanupBatch    keys deleted per transaction, so that the cleanup never holds many rows at once
 */
@ConfigurationProperties("palisade.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration lifetime, @DefaultValue("10m") Duration cleanupInterval,
        @DefaultValue("1000") int cleanupBatch) {

    public IdempotencyProperties {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("palisade.idempotency.lifetime must be positive (was " + lifetime + ")");
        }
        if (cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException(
                    "palisade.idempotency.cleanup-interval must be positive (was " + cleanupInterval + ")");
        }
        if (cleanupBatch < 1) {
            throw new IllegalArgumentException(
                    "palisade.idempotency.cleanup-batch must be at least 1 (was " + cleanupBatch + ")");
        }
    }
}
