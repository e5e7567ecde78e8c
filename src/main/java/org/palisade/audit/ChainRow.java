package org.palisade.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit entry exactly as stored, with {@code before}/{@code after} in PostgreSQL's own jsonb text form:
 * the form that is hashed, because jsonb normalises key order and spacing and so is the only text that reads
 * back the same as it was hashed.
 */
record ChainRow(UUID id, Instant occurredAt, String actor, UUID actorOrganisationId, String recordType,
        UUID recordId, UUID owner, String action, String before, String after, String reason, Long sequence,
        String prevHash, String hash, Instant sequencedAt) {

    /** This entry given its place in the chain, with the hash that place and content produce. */
    ChainRow placed(long sequence, String prevHash, Instant sequencedAt) {
        ChainRow unhashed = new ChainRow(id, occurredAt, actor, actorOrganisationId, recordType, recordId, owner,
                action, before, after, reason, sequence, prevHash, null, sequencedAt);
        return new ChainRow(id, occurredAt, actor, actorOrganisationId, recordType, recordId, owner, action, before,
                after, reason, sequence, prevHash, ChainHash.of(unhashed), sequencedAt);
    }

    /** True when the stored hash is the one this entry's content and link produce today. */
    boolean contentIntact() {
        return hash != null && hash.equals(ChainHash.of(this));
    }
}
