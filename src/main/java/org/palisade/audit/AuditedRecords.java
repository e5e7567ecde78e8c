package org.palisade.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.security.Viewer;

/**
 * Implemented by the module that owns a record type, so the audit API shows a record's history exactly to
 * those who may read the record. A type no module answers for is shown to auditors only.
 */
public interface AuditedRecords {

    /** The record type as published in {@code RecordChanged}, e.g. "contribution". */
    String recordType();

    /** True when {@code viewer} may read the record (and so its history). */
    boolean readableBy(Viewer viewer, UUID recordId);

    /**
     * Names, in {@code language}, of those of {@code ids} that are records of this module and that {@code viewer}
     * may read, so a history says "Netherlands" where the entry holds an id. Ids of other modules are ignored.
     */
    default Map<UUID, String> names(Set<UUID> ids, Viewer viewer, Locale language) {
        return Map.of();
    }
}
