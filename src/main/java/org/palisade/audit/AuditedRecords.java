package org.palisade.audit;

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
}
