package org.palisade.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;

/**
 * A claim to record about a contribution or a package ({@link Claims#recordFor}, {@link Claims#recordForPackage}):
 * the source it comes from is required, and at least contributors, an amount or a date. The bound defaults to
 * exact, a date's precision to the day.
 *
 * @param contributors organisation codes (ISO 3166-1 alpha-3, EU, NATO), as the source names them
 */
public record ClaimDraft(UUID sourceId, List<String> contributors, Money amount, ClaimBound bound, LocalDate date,
        DatePrecision datePrecision, ClaimProgram program, String items, String evidence) {
}
