package org.palisade.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the public ledger. Reads only what the contributions module publishes: the summary rows
 * ({@code contribution_summary}), the public daily rows ({@code contribution_public_days}), money waiting for a
 * rate ({@code contribution_unconverted}) and, for the lists behind a figure, {@code public_contribution_stage}
 * with a limit. Public money only ({@code disclosure = 'PUBLIC'}), whoever asks.
 */
@Repository
class LedgerRepository {

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sum in one reporting currency under one key. */
    record Sum(String key, CurrencyCode target, BigDecimal amount, long contributions) {
    }

    /** What the summary rows are grouped by, as SQL over a row {@code s}. */
    enum Key {
        STAGE("s.stage"),
        CONTRIBUTORS("contributor_codes(s.contributor_ids)"),
        CATEGORY("coalesce(s.category, s.earmark, '" + Figures.UNEARMARKED + "')"),
        PROGRAM("s.program");

        final String sql;

        Key(String sql) {
            this.sql = sql;
        }
    }

    /** Public summary rows of the stage (null: every stage) added up by the key. */
    List<Sum> summary(Stage stage, Key key) {
        String inner = key == Key.CONTRIBUTORS ? "s.contributor_ids" : key.sql;
        String outer = key == Key.CONTRIBUTORS ? "contributor_codes(g.k)" : "g.k";
        return jdbc.sql("SELECT " + outer + " AS key, g.target, g.amount, g.contributions FROM ("
                        + " SELECT " + inner + " AS k, s.target, sum(s.amount) AS amount, sum(s.contributions) AS contributions"
                        + " FROM contribution_summary s WHERE s.disclosure = 'PUBLIC'"
                        + " AND (CAST(:stage AS text) IS NULL OR s.stage = :stage)"
                        + " GROUP BY 1, 2 HAVING sum(s.contributions) > 0) g")
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> new Sum(rs.getString("key"), CurrencyCode.of(rs.getString("target")),
                        rs.getBigDecimal("amount"), rs.getLong("contributions")))
                .list();
    }

    /** Public daily rows of the stage added up by year of the stage's date, or by alliance membership. */
    List<Sum> days(Stage stage, String by) {
        String key = switch (by) {
            case "year" -> "CAST(extract(YEAR FROM d.day) AS text)";
            case "nato" -> "d.nato";
            case "eu" -> "d.eu";
            default -> throw new IllegalArgumentException(by);
        };
        return jdbc.sql("SELECT " + key + " AS key, d.target, sum(d.amount) AS amount, sum(d.contributions) AS contributions"
                        + " FROM contribution_public_days d WHERE d.stage = :stage"
                        + " GROUP BY 1, 2 HAVING sum(d.contributions) > 0")
                .param("stage", stage.name())
                .query((rs, n) -> new Sum(rs.getString("key"), CurrencyCode.of(rs.getString("target")),
                        rs.getBigDecimal("amount"), rs.getLong("contributions")))
                .list();
    }

    /** This year to today, last year to the same date and last year in full, from the daily rows. */
    List<Sum> yearSoFar(Stage stage, LocalDate today) {
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate lastYearStart = yearStart.minusYears(1);
        LocalDate sameDate = today.minusYears(1);
        return jdbc.sql("""
                SELECT k.key, d.target, sum(d.amount) AS amount, sum(d.contributions) AS contributions
                FROM contribution_public_days d
                JOIN (VALUES ('SO_FAR', CAST(:yearStart AS date), CAST(:today AS date)),
                             ('SAME_DATE', CAST(:lastYearStart AS date), CAST(:sameDate AS date)),
                             ('FULL', CAST(:lastYearStart AS date), CAST(:lastYearEnd AS date))) k (key, first, last)
                  ON d.day BETWEEN k.first AND k.last
                WHERE d.stage = :stage AND d.day BETWEEN :lastYearStart AND :today
                GROUP BY 1, 2 HAVING sum(d.contributions) > 0""")
                .param("stage", stage.name()).param("yearStart", yearStart).param("today", today)
                .param("lastYearStart", lastYearStart).param("sameDate", sameDate)
                .param("lastYearEnd", yearStart.minusDays(1))
                .query((rs, n) -> new Sum(rs.getString("key"), CurrencyCode.of(rs.getString("target")),
                        rs.getBigDecimal("amount"), rs.getLong("contributions")))
                .list();
    }

    /** Public money of the stage still waiting for a rate to EUR or USD, per currency of its own. */
    List<NotConverted> waiting(Stage stage) {
        return jdbc.sql("""
                SELECT u.currency, sum(u.original) AS amount, sum(u.contributions) AS contributions, min(u.since) AS since
                FROM contribution_unconverted u
                WHERE u.disclosure = 'PUBLIC' AND u.stage = :stage
                GROUP BY u.currency ORDER BY u.currency""")
                .param("stage", stage.name())
                .query((rs, n) -> new NotConverted(new Money(rs.getBigDecimal("amount"), CurrencyCode.of(rs.getString("currency"))),
                        rs.getInt("contributions"), rs.getObject("since", LocalDate.class)))
                .list();
    }

    /** A public contribution stage that rests on at least one source, with what the tables key it by. */
    record Sourced(Stage stage, LocalDate on, String contributors, String category, String program, String nato,
            String eu) {
    }

    /**
     * The public stages (of this stage; null: every stage) of contributions that rest on a source, read from the
     * sources module's {@code record_claims}: as many rows as claimed contributions, not a scan of the ledger.
     */
    List<Sourced> sourced(Stage stage) {
        // first the claimed contributions (few), then their stages by id: never a join the planner could turn
        // into a pass over every public stage
        List<UUID> claimed = jdbc.sql("SELECT rc.record_id FROM record_claims rc"
                        + " WHERE rc.record_type = 'contribution' AND rc.sources > 0")
                .query(UUID.class).list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.stage, p.stage_on, p.contributors, coalesce(p.category, 'UNEARMARKED') AS category, p.program,
                       p.nato, p.eu
                FROM public_contribution_stage p
                WHERE p.contribution_id = ANY(:ids) AND (CAST(:stage AS text) IS NULL OR p.stage = :stage)""")
                .param("ids", claimed.toArray(UUID[]::new))
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> new Sourced(Stage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class),
                        rs.getString("contributors"), rs.getString("category"), rs.getString("program"),
                        rs.getString("nato"), rs.getString("eu")))
                .list();
    }

    /** One public contribution at one stage, as the list behind a figure shows it. */
    record Entry(UUID contributionId, UUID packageId, Stage stage, LocalDate on, List<String> contributors,
            String program, String category, Money original, Money eur, Money usd, String nato, String eu,
            int sources) {
    }

    /** What a list behind a figure is filtered by; null means any. */
    record Filter(Stage stage, Integer year, LocalDate from, LocalDate to, String contributors, String category,
            String program, String nato, String eu) {
    }

    /** A page of public contributions, newest stage date first; one more than asked tells there is a next page. */
    List<Entry> entries(Filter f, int offset, int limit) {
        return jdbc.sql("""
                SELECT p.contribution_id, p.package_id, p.stage, p.stage_on, p.contributors, p.program, p.category,
                       p.currency, p.original, p.amount_eur, p.amount_usd, p.nato, p.eu,
                       coalesce((SELECT rc.sources FROM record_claims rc
                                 WHERE rc.record_type = 'contribution' AND rc.record_id = p.contribution_id), 0) AS sources
                FROM public_contribution_stage p
                WHERE p.stage = :stage
                  AND (CAST(:from AS date) IS NULL OR p.stage_on >= :from)
                  AND (CAST(:to AS date) IS NULL OR p.stage_on <= :to)
                  AND (CAST(:contributors AS text) IS NULL OR p.contributors = :contributors)
                  AND (CAST(:category AS text) IS NULL OR coalesce(p.category, 'UNEARMARKED') = :category)
                  AND (CAST(:program AS text) IS NULL OR p.program = :program)
                  AND (CAST(:nato AS text) IS NULL OR p.nato = :nato)
                  AND (CAST(:eu AS text) IS NULL OR p.eu = :eu)
                ORDER BY p.stage_on DESC, p.contribution_id
                LIMIT :limit OFFSET :offset""")
                .param("stage", f.stage().name())
                .param("from", f.year() != null ? LocalDate.of(f.year(), 1, 1) : f.from())
                .param("to", f.year() != null ? LocalDate.of(f.year(), 12, 31) : f.to())
                .param("contributors", f.contributors()).param("category", f.category())
                .param("program", f.program()).param("nato", f.nato()).param("eu", f.eu())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    BigDecimal eur = rs.getBigDecimal("amount_eur");
                    BigDecimal usd = rs.getBigDecimal("amount_usd");
                    return new Entry(rs.getObject("contribution_id", UUID.class), rs.getObject("package_id", UUID.class),
                            Stage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class),
                            Arrays.asList(rs.getString("contributors").split("\\+")), rs.getString("program"),
                            rs.getString("category"), new Money(rs.getBigDecimal("original"), currency),
                            eur == null ? null : Money.of(eur, CurrencyCode.EUR),
                            usd == null ? null : Money.of(usd, CurrencyCode.USD), rs.getString("nato"), rs.getString("eu"),
                            rs.getInt("sources"));
                })
                .list();
    }

    /** Every public stage of public contributions to these packages, in date order: the IATI transactions. */
    List<Entry> forPackages(List<UUID> packageIds) {
        return jdbc.sql("""
                SELECT p.contribution_id, p.package_id, p.stage, p.stage_on, p.contributors, p.program, p.category,
                       p.currency, p.original, p.amount_eur, p.amount_usd, p.nato, p.eu, 0 AS sources
                FROM public_contribution_stage p WHERE p.package_id = ANY(:ids)
                ORDER BY p.package_id, p.stage_on, p.contribution_id, p.stage""")
                .param("ids", packageIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    BigDecimal eur = rs.getBigDecimal("amount_eur");
                    BigDecimal usd = rs.getBigDecimal("amount_usd");
                    return new Entry(rs.getObject("contribution_id", UUID.class), rs.getObject("package_id", UUID.class),
                            Stage.valueOf(rs.getString("stage")), rs.getObject("stage_on", LocalDate.class),
                            Arrays.asList(rs.getString("contributors").split("\\+")), rs.getString("program"),
                            rs.getString("category"), new Money(rs.getBigDecimal("original"), currency),
                            eur == null ? null : Money.of(eur, CurrencyCode.EUR),
                            usd == null ? null : Money.of(usd, CurrencyCode.USD), rs.getString("nato"), rs.getString("eu"),
                            rs.getInt("sources"));
                })
                .list();
    }
}
