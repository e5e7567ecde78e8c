package org.palisade.audit;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One change to one record, as the audit trail keeps it. Sequence, hashes and sequencing time stay null
 * until the sequencer has placed the entry in the chain (within the merge delay).
 *
 * @param before the record's state before the change, null on creation
 * @param after  the record's state after the change
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, UUID actorOrganisationId, String recordType,
        UUID recordId, UUID owner, String action, JsonNode before, JsonNode after, String reason, Long sequence,
        String prevHash, String hash, Instant sequencedAt) {
}
