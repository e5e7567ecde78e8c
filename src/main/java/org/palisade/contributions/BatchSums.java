package org.palisade.contributions;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a batch of contributions adds to the summary rows, summed once per key for the whole batch (a few thousand
 * keys for 10^5 rows), then added in three upserts: {@code contribution_total} for every stage, and for public
 * money {@code contribution_public_year} and {@code contribution_public_day}. Like a pledge, the batch adds to
 * its own connection's slot ({@code writer_slot()}): readers add the slots up, and concurrent pledges of other
 * connections never wait on the rows the import holds until it commits. Rows are written in key order like
 * every other writer's (no deadlock).
 */
final class BatchSums {

    private record Total(ContributionStage stage, CurrencyCode target, int year, Program program,
            CapabilityCategory category, List<UUID> contributors, Disclosure disclosure) {
    }

    private record PublicYear(ContributionStage stage, CurrencyCode target, int year, Program program, String nato,
            String eu) {
    }

    private record PublicDay(ContributionStage stage, CurrencyCode target, LocalDate day) {
    }

    private static final class Sum {
        private BigDecimal amount = BigDecimal.ZERO;
        private long contributions;

        void add(BigDecimal more) {
            amount = amount.add(more);
            contributions++;
        }
    }

    private final Map<Total, Sum> totals = new HashMap<>();
    private final Map<PublicYear, Sum> years = new HashMap<>();
    private final Map<PublicDay, Sum> days = new HashMap<>();

    /**
     * Adds one stage's converted amount in one target currency.
     *
     * @param members the contributors' NATO and EU membership on the stage's date when the money is public, else null
     */
    void add(ContributionStage stage, CurrencyCode target, ContributionBatch.Line line, String[] members,
            BigDecimal amount) {
        int year = line.on().getYear();
        totals.computeIfAbsent(new Total(stage, target, year, line.program(), line.category(), line.contributors(),
                line.disclosure()), k -> new Sum()).add(amount);
        if (members != null) {
            years.computeIfAbsent(new PublicYear(stage, target, year, line.program(), members[0], members[1]),
                    k -> new Sum()).add(amount);
            days.computeIfAbsent(new PublicDay(stage, target, line.on()), k -> new Sum()).add(amount);
        }
    }

    int size() {
        return totals.size() + years.size() + days.size();
    }

    /** Copies the sums into a temporary table and adds them to the summary rows, one upsert per table. */
    void write(JdbcClient jdbc, CopyManager copy) throws SQLException, IOException {
        if (size() == 0) {
            return;
        }
        jdbc.sql("""
                CREATE TEMPORARY TABLE contribution_batch_sum (
                    kind char(1), stage varchar(16), target char(3), year integer, day date, program varchar(8),
                    category varchar(40), contributor_ids uuid[], disclosure varchar(16), nato varchar(4), eu varchar(4),
                    amount numeric(30, 2), contributions bigint) ON COMMIT DROP""").update();
        StringBuilder out = new StringBuilder(size() * 160);
        totals.forEach((k, s) -> out.append("T,").append(k.stage().name()).append(',').append(k.target().code())
                .append(',').append(k.year()).append(",,").append(k.program().name()).append(',')
                .append(k.category() == null ? "" : k.category().name()).append(',')
                .append(ContributionBatch.array(k.contributors())).append(',').append(k.disclosure().name())
                .append(",,,").append(s.amount.toPlainString()).append(',').append(s.contributions).append('\n'));
        years.forEach((k, s) -> out.append("Y,").append(k.stage().name()).append(',').append(k.target().code())
                .append(',').append(k.year()).append(",,").append(k.program().name()).append(",,,,").append(k.nato())
                .append(',').append(k.eu()).append(',').append(s.amount.toPlainString()).append(',')
                .append(s.contributions).append('\n'));
        days.forEach((k, s) -> out.append("D,").append(k.stage().name()).append(',').append(k.target().code())
                .append(",,").append(k.day()).append(",,,,,,,").append(s.amount.toPlainString()).append(',')
                .append(s.contributions).append('\n'));
        copy.copyIn("COPY contribution_batch_sum FROM STDIN (FORMAT csv)", new StringReader(out.toString()));
        jdbc.sql("""
                INSERT INTO contribution_total AS t (stage, target, year, program, earmark, category, contributor_ids,
                                                     disclosure, slot, amount, contributions)
                SELECT stage, target, year, program, CAST(NULL AS varchar(40)), category, contributor_ids, disclosure,
                       writer_slot(), amount, contributions
                FROM contribution_batch_sum WHERE kind = 'T'
                ORDER BY 1, 2, 3, 4, 5 NULLS FIRST, 6 NULLS FIRST, 7, 8, 9
                ON CONFLICT ON CONSTRAINT contribution_total_key DO UPDATE
                   SET amount = t.amount + EXCLUDED.amount, contributions = t.contributions + EXCLUDED.contributions""")
                .update();
        jdbc.sql("""
                INSERT INTO contribution_public_year AS y (stage, target, year, program, nato, eu, slot, amount, contributions)
                SELECT stage, target, year, program, nato, eu, writer_slot(), amount, contributions
                FROM contribution_batch_sum WHERE kind = 'Y'
                ORDER BY 1, 2, 3, 4, 5, 6, 7
                ON CONFLICT ON CONSTRAINT contribution_public_year_key DO UPDATE
                   SET amount = y.amount + EXCLUDED.amount, contributions = y.contributions + EXCLUDED.contributions""")
                .update();
        jdbc.sql("""
                INSERT INTO contribution_public_day AS d (stage, target, day, slot, amount, contributions)
                SELECT stage, target, day, writer_slot(), amount, contributions
                FROM contribution_batch_sum WHERE kind = 'D'
                ORDER BY stage, day, target
                ON CONFLICT ON CONSTRAINT contribution_public_day_key DO UPDATE
                   SET amount = d.amount + EXCLUDED.amount, contributions = d.contributions + EXCLUDED.contributions""")
                .update();
        jdbc.sql("DROP TABLE contribution_batch_sum").update();
    }
}
