package org.palisade.reporting;

import java.time.LocalDate;
import java.util.List;
import org.palisade.money.NotConverted;

/**
 * What the public ledger shows at one stage, read from summary rows only. Counts public money only: a figure
 * that counted undisclosed money, even as a sum of several nations, could be set against another figure or
 * against itself on another day to reveal one nation's amount.
 *
 * @param asOf         today: "year so far" runs from 1 January to this date
 * @param stages       totals per stage (pledged, committed, paid)
 * @param yearSoFar    rows SO_FAR (this year to date), SAME_DATE (last year to the same date), FULL (last year)
 * @param notConverted public money at this stage that has no rate to EUR or USD yet, per currency
 */
public record LedgerFigures(LocalDate asOf, Stage stage, LedgerTable stages, LedgerTable years, LedgerTable yearSoFar,
        LedgerTable contributors, LedgerTable categories, LedgerTable programs, LedgerTable nato, LedgerTable eu,
        List<NotConverted> notConverted) {

    /** The tables a reader may download, by name. */
    public static final List<String> TABLES = List.of("stages", "years", "year-so-far", "contributors", "categories",
            "programs", "nato", "eu");

    public LedgerTable table(String name) {
        return switch (name) {
            case "stages" -> stages;
            case "years" -> years;
            case "year-so-far" -> yearSoFar;
            case "contributors" -> contributors;
            case "categories" -> categories;
            case "programs" -> programs;
            case "nato" -> nato;
            case "eu" -> eu;
            default -> null;
        };
    }
}
