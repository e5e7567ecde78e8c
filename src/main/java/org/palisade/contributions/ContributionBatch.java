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
import org.palisade.money.ExchangeRates;
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
        copy(lines, ids, written);
        jdbc.sql("ANALYZE contribution_batch").update();
        jdbc.sql("""
                INSERT INTO contribution (id, package_id, owner_id, program, earmark, category, disclosure, announced_on,
                                          currency, stage, pledged_amount, pledged_on, committed_amount, committed_on,
                                          paid_amount, paid_on, created_at, import_id)
                SELECT b.id, NULL, b.contributor_ids[1], b.program, NULL, b.category, b.disclosure, b.stage_on,
                       b.currency, b.stage,
                       b.amount, b.stage_on,
                       CASE WHEN b.stage <> 'PLEDGED' THEN b.amount END, CASE WHEN b.stage <> 'PLEDGED' THEN b.stage_on END,
                       CASE WHEN b.stage = 'PAID' THEN b.amount END, CASE WHEN b.stage = 'PAID' THEN b.stage_on END,
                       :at, :import
                FROM contribution_batch b ORDER BY b.n""")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("import", importId).update();
        jdbc.sql("""
                INSERT INTO contribution_contributor (contribution_id, organisation_id, position)
                SELECT b.id, u.organisation_id, CAST(u.n AS integer) - 1
                FROM contribution_batch b CROSS JOIN LATERAL unnest(b.contributor_ids) WITH ORDINALITY u (organisation_id, n)""")
                .update();
        // each stage reached, converted to EUR and USD at its date; a rate is looked up once per currency and date
        jdbc.sql("""
                CREATE TEMPORARY TABLE contribution_batch_value ON COMMIT DROP AS
                WITH stages AS (
                    SELECT b.id, s.stage, b.currency, b.amount, b.stage_on
                    FROM contribution_batch b
                    JOIN (VALUES ('PLEDGED', 1), ('COMMITTED', 2), ('PAID', 3)) s (stage, rank)
                      ON s.rank <= CASE b.stage WHEN 'PLEDGED' THEN 1 WHEN 'COMMITTED' THEN 2 ELSE 3 END
                ), rates AS (
                    SELECT d.currency, d.stage_on, t.target, units_per_eur(d.currency, d.stage_on) AS source_per_eur,
                           units_per_eur(t.target, d.stage_on) AS target_per_eur
                    FROM (SELECT DISTINCT currency, stage_on FROM contribution_batch) d
                    CROSS JOIN (VALUES ('EUR'), ('USD')) t (target)
                )
                SELECT st.id AS contribution_id, st.stage, CAST(r.target AS char(3)) AS target, st.currency,
                       st.amount AS original, st.stage_on,
                       CASE WHEN r.target = st.currency THEN st.amount
                            ELSE converted_amount(st.amount, r.source_per_eur, r.target_per_eur, 2) END AS amount,
                       CASE WHEN r.target = st.currency THEN NULL ELSE r.source_per_eur END AS source_per_eur,
                       CASE WHEN r.target = st.currency THEN NULL ELSE r.target_per_eur END AS target_per_eur
                FROM stages st JOIN rates r ON r.currency = st.currency AND r.stage_on = st.stage_on""")
                .update();
        jdbc.sql("""
                INSERT INTO contribution_value (contribution_id, stage, target, currency, original, stage_on, amount,
                                                source_per_eur, target_per_eur)
                SELECT contribution_id, stage, target, currency, original, stage_on, amount, source_per_eur, target_per_eur
                FROM contribution_batch_value""")
                .update();
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
        // public money also by day, with its contributors' membership on that day (the public ledger's rows)
        jdbc.sql("""
                INSERT INTO contribution_public_day AS d (stage, target, day, program, nato, eu, slot, amount, contributions)
                SELECT v.stage, v.target, v.stage_on, b.program, alliance_members(b.contributor_ids, 'NATO', v.stage_on),
                       alliance_members(b.contributor_ids, 'EU', v.stage_on), contribution_slot(b.id),
                       sum(v.amount), count(*)
                FROM contribution_batch_value v JOIN contribution_batch b ON b.id = v.contribution_id
                WHERE v.amount IS NOT NULL AND b.disclosure = 'PUBLIC'
                GROUP BY 1, 2, 3, 4, 5, 6, 7
                ORDER BY 1, 2, 3, 4, 5, 6, 7
                ON CONFLICT ON CONSTRAINT contribution_public_day_key DO UPDATE
                   SET amount = d.amount + EXCLUDED.amount, contributions = d.contributions + EXCLUDED.contributions""")
                .update();
        jdbc.sql("DROP TABLE contribution_batch_value").update();
        jdbc.sql("DROP TABLE contribution_batch").update();
        return ids;
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
