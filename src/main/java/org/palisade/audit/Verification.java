package org.palisade.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The result of walking the audit chain. Every field is always present in JSON, null when it does not apply,
 * so that scripts can read the result without guessing.
 *
 * @param ok                 true when the chain is intact and no entry waits longer than the merge delay
 * @param checkedEntries     sequenced entries found sound, from the first up to the break (or the head)
 * @param firstBadSequence   the sequence number of the first entry that was altered, deleted, inserted or
 *                           reordered; null when the chain is intact
 * @param firstBadEntryId    that entry's id, when it still exists
 * @param tampering          how that entry differs from what the sequencer wrote
 * @param problem            a sentence saying what was found, or null
 * @param unsequencedOverdue entries committed but still unsequenced after the merge delay
 * @param headSequence       the last sound entry's sequence number: keep it with {@code headHash} outside the
 *                           database to detect a chain rewritten from scratch
 * @param headHash           the last sound entry's hash
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Verification(boolean ok, long checkedEntries, Long firstBadSequence, UUID firstBadEntryId,
        Tampering tampering, String problem, long unsequencedOverdue, Long headSequence, String headHash) {
}
