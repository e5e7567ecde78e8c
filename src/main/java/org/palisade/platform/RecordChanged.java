package org.palisade.platform;

import java.util.UUID;

/**
 * Published synchronously inside the transaction of every change to a ledger record, so that the audit
 * trail commits or rolls back with the change itself.
 *
 * <p>It lives here, not in {@code audit}, on purpose: {@code money} and {@code security} publish it too (rates,
 * tokens, refused access), and {@code audit} itself reads both of them, so an event owned by {@code audit}
 * would close a cycle between the modules. Its stable shape in the trail is the JSON of {@code before} and
 * {@code after}, whose names each record fixes with {@code @JsonProperty}.
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
