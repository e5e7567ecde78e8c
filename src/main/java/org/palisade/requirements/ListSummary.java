package org.palisade.requirements;

import java.time.Instant;
import java.util.UUID;
import org.palisade.security.Disclosure;

/** One version in the list of versions: enough to choose one, without its items. */
public record ListSummary(UUID id, int number, ListStatus status, UUID ownerId, Disclosure disclosure,
        UUID basedOnId, int itemCount, Instant createdAt, Instant updatedAt, Instant approvedAt, long version) {
}
