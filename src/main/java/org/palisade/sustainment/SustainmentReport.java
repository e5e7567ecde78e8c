package org.palisade.sustainment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One report of the recipient: stock from outside the ledger, use, a loss, or platforms fielded from outside the
 * ledger, as a whole number of the entry's units on a day.
 *
 * @param source where outside stock or fielded systems come from (required for those), else optional
 * @param importId the CSV upload the report came in, or null
 */
public record SustainmentReport(UUID id, int number, ReportKind kind, UUID entry, long quantity, LocalDate on,
        String source, String note, UUID importId, Instant recordedAt, String recordedBy) {
}
