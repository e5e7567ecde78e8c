package org.palisade.platform;

import java.util.UUID;

/**
 * Published synchronously inside the transaction of every change to a ledger record, so that the audit
 * trail commits or rolls back with the change itself.
 *
 * @param recordType     e.g. "package", "contribution", "requirement-list"
 * @param recordId       the changed record
 * @param owner          the organisation that owns the record (null for shared reference data)
 * @param action         a domain verb: "created", "opened", "committed", "approved", ...
 * @param before         the record's state before the change (null on creation), as a JSON-serialisable value
 * @param after          the record's state after the change
 * @param reason         a reason the user gave, or null
 */
public record RecordChanged(String recordType, UUID recordId, UUID owner, String action, Object before,
        Object after, String reason) {
}
