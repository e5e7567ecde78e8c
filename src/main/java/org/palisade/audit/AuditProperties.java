package org.palisade.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param mergeDelay       the longest an entry may wait for its place in the chain before verification
 *                         reports it; the sequencer runs four times within it
 * @param batchSize        entries sequenced per transaction (one checkpoint each)
 * @param sequencerEnabled false on instances that must never sequence (the verify command, read replicas)
 */
@ConfigurationProperties("palisade.audit")
record AuditProperties(@DefaultValue("1s") Duration mergeDelay, @DefaultValue("500") int batchSize,
        @DefaultValue("true") boolean sequencerEnabled) {

    AuditProperties {
        if (mergeDelay.isNegative() || mergeDelay.isZero()) {
            throw new IllegalArgumentException("palisade.audit.merge-delay must be positive (was " + mergeDelay + ")");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("palisade.audit.batch-size must be at least 1 (was " + batchSize + ")");
        }
    }

    Duration sequencerInterval() {
        Duration quarter = mergeDelay.dividedBy(4);
        return quarter.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10) : quarter;
    }
}
