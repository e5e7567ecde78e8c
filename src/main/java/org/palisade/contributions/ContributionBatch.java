package org.palisade.contributions;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import java.math.BigDecimal;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRates;
import org.palisade.money.MissingRate;
import org.palisade.money.RateTable;
import org.palisade.money.Money;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records many contributions of the general pool at once, for an import of a spreadsheet: the rows go into a
 * temporary table by PostgreSQL's COPY, and the contributions, their contributors, their converted values and
 * the summary rows that figures add up are then written by one set-based statement each, instead of one
 * pledge (and one audit entry) per row. The summary rows end as {@link ContributionTotals#record} would have
 * left them for each contribution: the same conversion functions, the same keys.
 *
 * <p>The caller owns the transaction (all rows or none), decides who may import, and writes the one audit
 * entry of the import.
 */
@Component
public class ContributionBatch {

    /** Rows copied per COPY statement; progress is told after each. */
    static final int CHUNK = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContributionBatch.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ExchangeRates rates;

    ContributionBatch(JdbcClient jdbc, DataSource dataSource, ExchangeRates rates) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.rates = rates;
    }

    /**
     * One contribution of the general pool as a spreadsheet row gives it: the stage it reached and the date of
     * that stage. The earlier stages are taken to have been reached with the same amount on the same date
     * (money paid was pledged and committed at the latest then), so a paid row counts in the pledged,
     * committed and paid figures alike.
     *
     * @param contributors organisation ids, the lead first
     * @param program      PURL when null
     * @param category     the pool money's capability category (it has no earmark: it funds no package), or null
     */
    public record Line(List<UUID> contributors, Money amount, ContributionStage stage, LocalDate on, Program program,
            CapabilityCategory category, Disclosure disclosure) {

        public Line {
            contributors = List.copyOf(contributors);
            program = program == null ? Program.PURL : program;
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(disclosure, "disclosure");
            if (stage == null || stage == ContributionStage.WITHDRAWN) {
                throw new IllegalArgumentException("an imported contribution is pledged, committed or paid");
            }
        }
    }

    /**
     * Writes the lines as contributions of the import {@code importId}, in the caller's transaction.
     *
     * @param written told the number of rows written so far, after each chunk
     * @return the ids given to the contributions, in the order of the lines
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> record(UUID importId, List<Line> lines, Instant at, IntConsumer written) {
        // no rate may change while these stages are converted with it (see ExchangeRates)
        rates.holdSteady();
        jdbc.sql("""
                CREATE TEMPORARY TABLE contribution_batch (
                    n integer, id uuid, contributor_ids uuid[], program varchar(8), category varchar(40), disclosure varchar(16),
                    currency char(3), stage varchar(16), amount numeric(20, 3), stage_on date) ON COMMIT DROP""")
                .update();
        List<UUID> ids = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        long[] mark = {System.nanoTime()};
        java.util.function.Consumer<String> step = what -> {
            long now = System.nanoTime();
            log.debug("batch of {} rows: {} took {} ms", lines.size(), what, (now - mark[0]) / 1_000_000);
            mark[0] = now;
        };
        copy(lines, ids, written);
        step.accept("copy");
        jdbc.sql("ANALYZE contribution_batch").update();
        step.accept("statement 1");
        jdbc.sql("""
                INSERT INTO contribution (id, package_id, owner_id, program, earmark, category, disclosure, announced_on,
                                          currency, stage, pledged_amount, pledged_on, committed_amount, committed_on,
                                          paid_amount, paid_on, created_at, import_id)
                SELECT b.id, NULL, b.contributor_ids[1], b.program, NULL, b.category, b.disclosure, b.stage_on,
                       b.currency, b.stage,
                       b.amount, b.stage_on,
                       CASE WHEN b.stage <> 'PLEDGED' THEN b.amount END, CASE WHEN b.stage <> 'PLEDGED' THEN b.stage_on END,
                       CASE WHEN b.stage = 'PAID' THEN b.amount END, CASE WHEN b.stage = 'PAID' THEN b.stage_on END,
                       :at, CAST(:import AS uuid)
                FROM contribution_batch b ORDER BY b.n""")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("import", importId).update();
        step.accept("statement 2");
        jdbc.sql("""
                INSERT INTO contribution_contributor (contribution_id, organisation_id, position)
                SELECT b.id, u.organisation_id, CAST(u.n AS integer) - 1
                FROM contribution_batch b CROSS JOIN LATERAL unnest(b.contributor_ids) WITH ORDINALITY u (organisation_id, n)""")
                .update();
        step.accept("statement 3");
        // each stage reached, converted to EUR and USD at its date by the same rule as the SQL conversion
        // (RateTable's, which V10's converted_amount follows), in Java: one pass instead of a numeric division
        // in SQL per stage and target
        jdbc.sql("""
                CREATE TEMPORARY TABLE contribution_batch_value (
                    contribution_id uuid, stage varchar(16), target char(3), currency char(3), original numeric(20, 3),
                    stage_on date, amount numeric(26, 2), source_per_eur numeric(24, 10), target_per_eur numeric(24, 10))
                    ON COMMIT DROP""").update();
        copyValues(lines, ids);
        step.accept("values");
        // statistics for the joins below: without them the planner may join the two temporary tables in a loop
        jdbc.sql("ANALYZE contribution_batch_value").update();
        step.accept("statement 5");
        jdbc.sql("""
                INSERT INTO contribution_value (contribution_id, stage, target, currency, original, stage_on, amount,
                                                source_per_eur, target_per_eur)
                SELECT contribution_id, stage, target, currency, original, stage_on, amount, source_per_eur, target_per_eur
                FROM contribution_batch_value""")
                .update();
        step.accept("statement 6");
        // the summary rows, summed per key and slot, written in key order like every other writer (no deadlock)
        jdbc.sql("""
                INSERT INTO contribution_total AS t (stage, target, year, program, earmark, category, contributor_ids,
                                                     disclosure, slot, amount, contributions)
                SELECT v.stage, v.target, CAST(extract(YEAR FROM b.stage_on) AS integer), b.program,
                       CAST(NULL AS varchar(40)), b.category, b.contributor_ids, b.disclosure, contribution_slot(b.id),
                       sum(v.amount), count(*)
                FROM contribution_batch_value v JOIN contribution_batch b ON b.id = v.contribution_id
                WHERE v.amount IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
                ORDER BY 1, 2, 3, 4, 5 NULLS FIRST, 6 NULLS FIRST, 7, 8, 9
                ON CONFLICT ON CONSTRAINT contribution_total_key DO UPDATE
                   SET amount = t.amount + EXCLUDED.amount, contributions = t.contributions + EXCLUDED.contributions""")
                .update();
        step.accept("statement 7");
        // public money's stages with their stored keys, then its yearly and daily rows added up from them: the
        // contributors' membership is looked up once per set of contributors and day (a few thousand pairs, in a
        // table of their own so that the planner knows how many and joins them by hash), never once per row
        jdbc.sql("""
                CREATE TEMPORARY TABLE contribution_batch_members ON COMMIT DROP AS
                SELECT k.contributor_ids, k.stage_on, alliance_members(k.contributor_ids, 'NATO', k.stage_on) AS nato,
                       alliance_members(k.contributor_ids, 'EU', k.stage_on) AS eu
                FROM (SELECT DISTINCT contributor_ids, stage_on FROM contribution_batch WHERE disclosure = 'PUBLIC') k""")
                .update();
        jdbc.sql("ANALYZE contribution_batch_members").update();
        step.accept("statement 8 (membership per contributors and day)");
        jdbc.sql("""
                CREATE TEMPORARY TABLE contribution_batch_public ON COMMIT DROP AS
                SELECT b.id AS contribution_id, v.stage, b.stage_on, b.program, b.category, b.contributor_ids, b.currency,
                       b.amount AS original, v.amount_eur, v.amount_usd, m.nato, m.eu, contribution_slot(b.id) AS slot
                FROM contribution_batch b
                JOIN contribution_batch_members m ON m.contributor_ids = b.contributor_ids AND m.stage_on = b.stage_on
                JOIN (SELECT contribution_id, stage, max(amount) FILTER (WHERE target = 'EUR') AS amount_eur,
                             max(amount) FILTER (WHERE target = 'USD') AS amount_usd
                      FROM contribution_batch_value GROUP BY contribution_id, stage) v ON v.contribution_id = b.id
                WHERE b.disclosure = 'PUBLIC'""")
                .update();
        jdbc.sql("""
                INSERT INTO contribution_public_stage (contribution_id, stage, stage_on, package_id, program, category,
                                                       contributor_ids, currency, original, amount_eur, amount_usd, nato, eu)
                SELECT contribution_id, stage, stage_on, NULL, program, category, contributor_ids, currency, original,
                       amount_eur, amount_usd, nato, eu
                FROM contribution_batch_public""")
                .update();
        step.accept("statement 9 (public stages)");
        jdbc.sql("""
                INSERT INTO contribution_public_year AS y (stage, target, year, program, nato, eu, slot, amount, contributions)
                SELECT p.stage, t.target, CAST(extract(YEAR FROM p.stage_on) AS integer), p.program, p.nato, p.eu, p.slot,
                       sum(t.amount), count(*)
                FROM contribution_batch_public p
                CROSS JOIN LATERAL (VALUES ('EUR', p.amount_eur), ('USD', p.amount_usd)) t (target, amount)
                WHERE t.amount IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6, 7
                ORDER BY 1, 2, 3, 4, 5, 6, 7
                ON CONFLICT ON CONSTRAINT contribution_public_year_key DO UPDATE
                   SET amount = y.amount + EXCLUDED.amount, contributions = y.contributions + EXCLUDED.contributions""")
                .update();
        jdbc.sql("""
                INSERT INTO contribution_public_day AS d (stage, target, day, slot, amount, contributions)
                SELECT p.stage, t.target, p.stage_on, p.slot, sum(t.amount), count(*)
                FROM contribution_batch_public p
                CROSS JOIN LATERAL (VALUES ('EUR', p.amount_eur), ('USD', p.amount_usd)) t (target, amount)
                WHERE t.amount IS NOT NULL
                GROUP BY p.stage, p.stage_on, t.target, p.slot
                ORDER BY p.stage, p.stage_on, t.target, p.slot
                ON CONFLICT ON CONSTRAINT contribution_public_day_key DO UPDATE
                   SET amount = d.amount + EXCLUDED.amount, contributions = d.contributions + EXCLUDED.contributions""")
                .update();
        step.accept("statement 10 (public years and days)");
        jdbc.sql("DROP TABLE contribution_batch_public").update();
        jdbc.sql("DROP TABLE contribution_batch_members").update();
        jdbc.sql("DROP TABLE contribution_batch_value").update();
        jdbc.sql("DROP TABLE contribution_batch").update();
        return ids;
    }

    private static final List<CurrencyCode> TARGETS = List.of(CurrencyCode.EUR, CurrencyCode.USD);

    /** The converted values of every stage reached, copied into their temporary table in chunks. */
    private void copyValues(List<Line> lines, List<UUID> ids) {
        java.util.Set<CurrencyCode> currencies = new java.util.HashSet<>(TARGETS);
        lines.forEach(l -> currencies.add(l.amount().currency()));
        RateTable table = rates.table(currencies);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY contribution_batch_value (contribution_id, stage, target, currency, original, stage_on,"
                    + " amount, source_per_eur, target_per_eur) FROM STDIN (FORMAT csv)";
            StringBuilder chunk = new StringBuilder(CHUNK * 400);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                CurrencyCode currency = line.amount().currency();
                int reached = line.stage().ordinal();
                for (ContributionStage stage : List.of(ContributionStage.PLEDGED, ContributionStage.COMMITTED,
                        ContributionStage.PAID)) {
                    if (stage.ordinal() > reached) {
                        break;
                    }
                    for (CurrencyCode target : TARGETS) {
                        boolean same = currency.equals(target);
                        BigDecimal source = same ? null : perEur(table, currency, line.on());
                        BigDecimal goal = same ? null : perEur(table, target, line.on());
                        BigDecimal amount = same ? line.amount().amount() : source == null || goal == null ? null
                                : table.convert(line.amount(), target, line.on()).amount();
                        chunk.append(ids.get(i)).append(',').append(stage.name()).append(',').append(target.code())
                                .append(',').append(currency.code()).append(',')
                                .append(line.amount().amount().toPlainString()).append(',').append(line.on()).append(',')
                                .append(amount == null ? "" : amount.toPlainString()).append(',')
                                .append(source == null ? "" : source.toPlainString()).append(',')
                                .append(goal == null ? "" : goal.toPlainString()).append('\n');
                    }
                }
                if ((i + 1) % CHUNK == 0 || i == lines.size() - 1) {
                    copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying the imported values failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Units of the currency per euro on the date (1 for EUR), or null when no rate is known on or before it. */
    private static BigDecimal perEur(RateTable table, CurrencyCode currency, LocalDate on) {
        try {
            return table.unitsPerEur(currency, on);
        } catch (MissingRate e) {
            return null;
        }
    }

    /** COPY of the lines into the temporary table, in chunks; text built here holds only codes, ids and numbers. */
    private void copy(List<Line> lines, List<UUID> ids, IntConsumer written) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY contribution_batch (n, id, contributor_ids, program, category, disclosure, currency, stage, amount,"
                    + " stage_on) FROM STDIN (FORMAT csv)";
            StringBuilder chunk = new StringBuilder(CHUNK * 120);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                chunk.append(i).append(',').append(ids.get(i)).append(",\"{");
                for (int c = 0; c < line.contributors().size(); c++) {
                    chunk.append(c == 0 ? "" : ",").append(line.contributors().get(c));
                }
                chunk.append("}\",").append(line.program().name()).append(',')
                        .append(line.category() == null ? "" : line.category().name()).append(',')
                        .append(line.disclosure().name()).append(',').append(line.amount().currency().code())
                        .append(',').append(line.stage().name()).append(',')
                        .append(line.amount().amount().toPlainString()).append(',').append(line.on()).append('\n');
                if ((i + 1) % CHUNK == 0 || i == lines.size() - 1) {
                    copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                    written.accept(i + 1);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying the imported rows failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
