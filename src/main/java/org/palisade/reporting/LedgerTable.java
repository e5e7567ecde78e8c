package org.palisade.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.palisade.money.Money;

/**
 * One public table of the ledger at one stage: rows with their sums in EUR and USD (each stage converted at its
 * own date) and how many contributions they add up. Only public money is counted.
 *
 * @param name  what the rows are keyed by: stage, year, year-so-far, contributor, category, program, nato, eu
 * @param stage the stage the rows add up (for the "stage" table, each row is a stage)
 * @param total the sum of the rows
 */
public record LedgerTable(String name, Stage stage, List<Row> rows, Amounts total) {

    public LedgerTable {
        rows = List.copyOf(rows);
    }

    /** Sums in both reporting currencies and the number of contributions behind them. */
    public record Amounts(Money eur, Money usd, long contributions) {
    }

    /**
     * @param key      the bucket: a year, "DNK+NOR+SWE", a category, PURL, ALL / SOME / NONE ...
     * @param shareEur the row's part of the table's total in EUR (0..1), null where shares mean nothing
     * @param shareUsd the same in USD
     * @param sourced  how many of its contributions rest on at least one recorded source (a claim)
     */
    public record Row(String key, Amounts amounts, BigDecimal shareEur, BigDecimal shareUsd, long sourced) {
    }

    /** How many of the table's contributions rest on at least one recorded source. */
    public long sourced() {
        return rows.stream().mapToLong(Row::sourced).sum();
    }

    public Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
