package org.palisade.audit;

import java.util.List;
import java.util.UUID;

/** One page of a record's audit history, newest change first. */
public record RecordHistory(String recordType, UUID recordId, int page, int size, long totalEntries,
        List<AuditEntry> entries) {
}
