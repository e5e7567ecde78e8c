package org.palisade.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public ledger: what anyone may read without signing in, the same for every reader. Each figure is a sum
 * of public contributions only, read from summary rows kept in step with every change (a bounded number of
 * rows, whatever the size of the ledger); undisclosed money is counted in none of them.
 *
 * <p>Why none, when the dashboard may show undisclosed money as one sum of at least two nations: published for
 * every year, date and share, such a sum can be differenced (this year so far against the full year, today's
 * page against tomorrow's, the NATO share against the total) down to the one nation whose money changed it.
 * A sum of public contributions differenced with another sum of public contributions gives public money only.
 *
 * <p>Each stage counts at its own date: converted at that date's rate, put in that date's year, and under its
 * contributors' alliance membership on that date. A joint contribution is not split (its split is not
 * known): it counts as from members when all its contributors were members, from non-members when none was,
 * and otherwise in a bucket of its own ("jointly by members and non-members").
 */
@Service
public class PublicLedger {

    public static final String ALL = "ALL";
    public static final String SOME = "SOME";
    public static final String NONE = "NONE";
    private static final List<String> MEMBERSHIP_ORDER = List.of(ALL, SOME, NONE);
    private static final List<String> YEAR_SO_FAR_ORDER = List.of("SO_FAR", "SAME_DATE", "FULL");

    private final LedgerRepository repository;
    private final Clock clock;

    PublicLedger(LedgerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every public table at the stage, in a fixed number of statements. */
    @Transactional(readOnly = true)
    public LedgerFigures figures(Stage stage) {
        LocalDate today = LocalDate.now(clock);
        LedgerTable stages = table("stages", stage, repository.summary(null, LedgerRepository.Key.STAGE),
                Comparator.comparing(r -> Stage.valueOf(r.key())), false);
        LedgerTable years = table("years", stage, repository.years(stage, "year"),
                Comparator.comparing(LedgerTable.Row::key), false);
        List<LedgerRepository.Sum> soFar = new ArrayList<>(repository.yearSoFar(stage, today));
        for (String key : YEAR_SO_FAR_ORDER) {
            // the three rows are always there, nothing counted being zero
            for (CurrencyCode c : List.of(CurrencyCode.EUR, CurrencyCode.USD)) {
                soFar.add(new LedgerRepository.Sum(key, c, BigDecimal.ZERO, 0));
            }
        }
        LedgerTable yearSoFar = table("year-so-far", stage, soFar,
                Comparator.comparing(r -> YEAR_SO_FAR_ORDER.indexOf(r.key())), false);
        LedgerTable contributors = table("contributors", stage, repository.summary(stage, LedgerRepository.Key.CONTRIBUTORS),
                byUsd(), true);
        LedgerTable categories = table("categories", stage, repository.summary(stage, LedgerRepository.Key.CATEGORY),
                byUsd(), true);
        LedgerTable programs = table("programs", stage, repository.summary(stage, LedgerRepository.Key.PROGRAM), byUsd(), true);
        LedgerTable nato = table("nato", stage, repository.years(stage, "nato"),
                Comparator.comparing(r -> MEMBERSHIP_ORDER.indexOf(r.key())), true);
        LedgerTable eu = table("eu", stage, repository.years(stage, "eu"),
                Comparator.comparing(r -> MEMBERSHIP_ORDER.indexOf(r.key())), true);
        // "year so far" rows overlap (last year to date lies within last year): their sum is no total
        LedgerFigures figures = new LedgerFigures(today, stage, stages, years, yearSoFar, contributors, categories,
                programs, nato, eu, repository.waiting(stage));
        return withSources(figures, repository.sourced(null));
    }

    /** Each row with how many of its contributions rest on a source. */
    private static LedgerFigures withSources(LedgerFigures f, List<LedgerRepository.Sourced> sourced) {
        LocalDate today = f.asOf();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate lastYearStart = yearStart.minusYears(1);
        Map<String, Long> counts = new java.util.HashMap<>();
        for (LedgerRepository.Sourced s : sourced) {
            counts.merge("stages:" + s.stage().name(), 1L, Long::sum);
            if (s.stage() != f.stage()) {
                continue;
            }
            List<String> keys = new ArrayList<>(List.of("years:" + s.on().getYear(), "contributors:" + s.contributors(),
                    "categories:" + s.category(), "programs:" + s.program(), "nato:" + s.nato(), "eu:" + s.eu()));
            if (!s.on().isBefore(yearStart) && !s.on().isAfter(today)) {
                keys.add("year-so-far:SO_FAR");
            }
            if (!s.on().isBefore(lastYearStart) && !s.on().isAfter(today.minusYears(1))) {
                keys.add("year-so-far:SAME_DATE");
            }
            if (s.on().getYear() == today.getYear() - 1) {
                keys.add("year-so-far:FULL");
            }
            keys.forEach(k -> counts.merge(k, 1L, Long::sum));
        }
        java.util.function.Function<LedgerTable, LedgerTable> count = t -> new LedgerTable(t.name(), t.stage(),
                t.rows().stream().map(r -> new LedgerTable.Row(r.key(), r.amounts(), r.shareEur(), r.shareUsd(),
                        counts.getOrDefault(t.name() + ":" + r.key(), 0L))).toList(), t.total());
        return new LedgerFigures(f.asOf(), f.stage(), count.apply(f.stages()), count.apply(f.years()),
                count.apply(f.yearSoFar()), count.apply(f.contributors()), count.apply(f.categories()),
                count.apply(f.programs()), count.apply(f.nato()), count.apply(f.eu()), f.notConverted());
    }

    /** One table by its name (see {@link LedgerFigures#TABLES}), or null for an unknown name. */
    @Transactional(readOnly = true)
    public LedgerTable table(String name, Stage stage) {
        return LedgerFigures.TABLES.contains(name) ? figures(stage).table(name) : null;
    }

    /**
     * A page of the public contributions behind a figure, newest first: after the cursor {@code after}, before
     * {@code before}, or else the numbered page (whose cost grows with its number; links carry cursors).
     */
    @Transactional(readOnly = true)
    public LedgerRepository.EntryPage behind(LedgerRepository.Filter filter, LedgerRepository.Cursor after,
            LedgerRepository.Cursor before, int page, int size) {
        return repository.entries(filter, after, before, page * size, size);
    }

    private static Comparator<LedgerTable.Row> byUsd() {
        return Comparator.comparing((LedgerTable.Row r) -> r.amounts().usd().amount()).reversed()
                .thenComparing(LedgerTable.Row::key);
    }

    static LedgerTable table(String name, Stage stage, List<LedgerRepository.Sum> sums,
            Comparator<LedgerTable.Row> order, boolean shares) {
        Map<String, BigDecimal[]> amounts = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LedgerRepository.Sum s : sums) {
            BigDecimal[] pair = amounts.computeIfAbsent(s.key(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int i = s.target().equals(CurrencyCode.EUR) ? 0 : 1;
            pair[i] = pair[i].add(s.amount());
            // a contribution may have a rate to one currency and not yet to the other: count it once
            counts.merge(s.key(), s.contributions(), Math::max);
        }
        BigDecimal eurTotal = BigDecimal.ZERO;
        BigDecimal usdTotal = BigDecimal.ZERO;
        long countTotal = 0;
        for (Map.Entry<String, BigDecimal[]> e : amounts.entrySet()) {
            eurTotal = eurTotal.add(e.getValue()[0]);
            usdTotal = usdTotal.add(e.getValue()[1]);
            countTotal += counts.get(e.getKey());
        }
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : amounts.entrySet()) {
            BigDecimal eur = e.getValue()[0];
            BigDecimal usd = e.getValue()[1];
            rows.add(new LedgerTable.Row(e.getKey(), amounts(eur, usd, counts.get(e.getKey())),
                    shares ? share(eur, eurTotal) : null, shares ? share(usd, usdTotal) : null, 0));
        }
        rows.sort(order);
        return new LedgerTable(name, stage, rows, amounts(eurTotal, usdTotal, countTotal));
    }

    private static LedgerTable.Amounts amounts(BigDecimal eur, BigDecimal usd, long count) {
        return new LedgerTable.Amounts(Money.of(eur.setScale(2, RoundingMode.HALF_EVEN), CurrencyCode.EUR),
                Money.of(usd.setScale(2, RoundingMode.HALF_EVEN), CurrencyCode.USD), count);
    }

    /** part ÷ whole to four decimals (HALF_EVEN), null when the whole is zero. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
    }
}
