package org.palisade.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.palisade.contributions.ContributionStage;
import org.palisade.platform.Violation;

/**
 * What importing a file would create, found without writing anything: every row checked, the first rows as
 * they would be recorded, the sums per currency that the figures would grow by, and every problem by row and
 * column (the first {@link FileCheck#MAX_PROBLEMS}; {@code problemCount} counts them all).
 *
 * @param previous the import that already holds this file, if any: importing it again would create nothing
 */
record DryRun(String fileName, String digest, String format, int rows, int valid, List<RowCheck.Line> preview,
        List<CurrencySum> sums, List<Violation> problems, int problemCount, ImportJob previous) {

    /** Rows shown as they would be created. */
    static final int PREVIEW = 200;

    public boolean ok() {
        return problemCount == 0 && previous == null;
    }

    /**
     * What the rows of one currency add to the figures, in that currency: a stage's figure counts every
     * contribution that reached it, so a paid row adds to the pledged, committed and paid figures alike.
     */
    record CurrencySum(String currency, int rows, BigDecimal pledged, BigDecimal committed, BigDecimal paid) {
    }

    static List<CurrencySum> sums(List<RowCheck.Line> lines) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        Map<String, Integer> rows = new TreeMap<>();
        for (RowCheck.Line line : lines) {
            String currency = line.amount().currency().code();
            BigDecimal[] s = byCurrency.computeIfAbsent(currency,
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal amount = line.amount().amount();
            s[0] = s[0].add(amount);
            if (line.stage() != ContributionStage.PLEDGED) {
                s[1] = s[1].add(amount);
            }
            if (line.stage() == ContributionStage.PAID) {
                s[2] = s[2].add(amount);
            }
            rows.merge(currency, 1, Integer::sum);
        }
        return byCurrency.entrySet().stream().map(e -> new CurrencySum(e.getKey(), rows.get(e.getKey()),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
